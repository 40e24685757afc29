package se.vinr.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the project's SQL files come from: a directory on disk when one is configured
 * ({@code vinr.sql-dir}, so SQL can be read and changed without rebuilding the jar), else the
 * {@code sql/} folder packaged on the classpath. Paths are relative to that root, e.g.
 * {@code load/core_cases.sql}.
 */
public interface SqlSource {

    /** The text of one file; throws {@link WarehouseException} naming it when it does not exist. */
    String read(String path);

    /** The names of the {@code .sql} files directly in {@code folder}, sorted by name. */
    List<String> list(String folder);

    /** A short description of the root for messages, e.g. the directory's path. */
    String describe();

    static SqlSource directory(Path root) {
        return new DirectorySqlSource(root);
    }

    static SqlSource classpath() {
        return new ClasspathSqlSource("sql");
    }

    /** The configured directory when present, else the classpath. */
    static SqlSource of(Optional<Path> configuredDirectory) {
        return configuredDirectory.<SqlSource>map(DirectorySqlSource::new).orElseGet(SqlSource::classpath);
    }
}
