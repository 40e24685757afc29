package se.vinr.indicators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.vinr.reports.model.IndicatorDefinition;

/**
 * Every indicator of {@code sql/indicators/}: one file, one indicator, so adding an indicator is adding
 * a file. Loading validates every header and fails on the first bad file, naming it.
 */
public final class IndicatorCatalogue {

    /** The folder under the SQL root that holds the indicator files. */
    public static final String FOLDER = "indicators";

    private final List<IndicatorSpec> specs;

    private IndicatorCatalogue(List<IndicatorSpec> specs) {
        this.specs = List.copyOf(specs);
    }

    public static IndicatorCatalogue load(SqlFiles files) {
        IndicatorFileParser parser = new IndicatorFileParser();
        List<IndicatorSpec> specs = new ArrayList<>();
        for (String path : files.list(FOLDER)) {
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            specs.add(parser.parse(files.location(path), fileName, files.read(path)));
        }
        if (specs.isEmpty()) {
            throw new InvalidIndicatorFileException("No indicator files were found in "
                    + files.location(FOLDER) + "; the application needs its sql/indicators/*.sql files.");
        }
        return new IndicatorCatalogue(specs);
    }

    /** The catalogue of a {@code sql/} folder on disk (its {@code indicators/} subfolder). */
    public static IndicatorCatalogue fromDirectory(Path sqlRoot) {
        return load(SqlFiles.directory(sqlRoot));
    }

    /** The catalogue packaged with the application under {@code sql/indicators/}. */
    public static IndicatorCatalogue fromClasspath() {
        return load(SqlFiles.classpath(IndicatorCatalogue.class.getClassLoader()));
    }

    /** Sorted by id (the file name). */
    public List<IndicatorSpec> specs() {
        return specs;
    }

    public List<IndicatorDefinition> definitions() {
        return specs.stream().map(IndicatorSpec::definition).toList();
    }

    public Optional<IndicatorSpec> find(String id) {
        return specs.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public IndicatorSpec get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no indicator '" + id + "' in the catalogue"));
    }
}
