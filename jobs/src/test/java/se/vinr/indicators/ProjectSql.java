package se.vinr.indicators;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's top-level {@code sql/} folder, found from wherever the tests run (root or module). */
final class ProjectSql {

    private ProjectSql() {
    }

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path sql = dir.resolve("sql");
            if (Files.isDirectory(sql.resolve(IndicatorCatalogue.FOLDER))) {
                return sql;
            }
        }
        throw new IllegalStateException("no sql/indicators folder above " + Path.of("").toAbsolutePath());
    }

    static IndicatorCatalogue catalogue() {
        return IndicatorCatalogue.fromDirectory(root());
    }
}
