package se.vinr.indicators;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the project's SQL files are read from: the top-level {@code sql/} folder of a checkout, or the
 * {@code sql/} folder packaged into the jar. Paths are relative to that root and use {@code /}.
 */
public interface SqlFiles {

    /** The {@code .sql} files directly in {@code folder} (e.g. {@code indicators}), as root-relative paths, sorted. */
    List<String> list(String folder);

    /** The text of a file named by {@link #list}, read as UTF-8. */
    String read(String path);

    /** Where a file lives, for messages that must name it. */
    String location(String path);

    /** The {@code sql/} folder of a checkout or an installation. */
    static SqlFiles directory(Path sqlRoot) {
        return new DirectorySqlFiles(sqlRoot);
    }

    /** The {@code sql/} folder on the class path (inside the application jar). */
    static SqlFiles classpath(ClassLoader classLoader) {
        return new ClasspathSqlFiles(classLoader, "sql/");
    }
}
