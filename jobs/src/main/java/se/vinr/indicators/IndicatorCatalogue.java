package se.vinr.indicators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.vinr.core.ProjectFiles;
import se.vinr.reports.model.IndicatorDefinition;

/**
 * Every indicator model of {@code sql/indicators/}: {@code <id>.yml} with what it means and
 * {@code <id>.sql} with its query, so adding an indicator is adding those two files (and its test data,
 * {@code <id>.test.yml}). Loading validates every model and fails on the first bad one, naming it.
 */
public final class IndicatorCatalogue {

    /** The folder under the SQL root that holds the indicator models. */
    public static final String FOLDER = "indicators";
    /** The model file's ending; a test file ends in {@link #TEST_SUFFIX} and is no model. */
    public static final String MODEL_SUFFIX = ".yml";
    public static final String TEST_SUFFIX = ".test.yml";
    public static final String QUERY_SUFFIX = ".sql";

    private final List<IndicatorSpec> specs;

    private IndicatorCatalogue(List<IndicatorSpec> specs) {
        this.specs = List.copyOf(specs);
    }

    /** The catalogue of a {@code sql/} tree (its {@code indicators/} folder). */
    public static IndicatorCatalogue load(ProjectFiles sql) {
        IndicatorModelReader reader = new IndicatorModelReader();
        List<IndicatorSpec> specs = new ArrayList<>();
        List<String> models = sql.list(FOLDER, MODEL_SUFFIX).stream().filter(p -> !p.endsWith(TEST_SUFFIX)).toList();
        Set<String> ids = new HashSet<>();
        for (String model : models) {
            String id = model.substring(FOLDER.length() + 1, model.length() - MODEL_SUFFIX.length());
            String query = FOLDER + "/" + id + QUERY_SUFFIX;
            if (!sql.exists(query)) {
                throw IndicatorModelReader.invalid(sql.location(model),
                        "there is no query beside it; write it in " + id + QUERY_SUFFIX);
            }
            specs.add(reader.read(id, sql.location(model), sql.read(model), sql.location(query),
                    sql.read(query)));
            ids.add(id);
        }
        for (String query : sql.list(FOLDER, QUERY_SUFFIX)) {
            String id = query.substring(FOLDER.length() + 1, query.length() - QUERY_SUFFIX.length());
            if (!ids.contains(id)) {
                throw new InvalidIndicatorFileException("The indicator query " + sql.location(query)
                        + " has no model beside it; write what it means in " + id + MODEL_SUFFIX
                        + " (see sql/README.md).");
            }
        }
        if (specs.isEmpty()) {
            throw new InvalidIndicatorFileException("No indicator models were found in " + sql.location(FOLDER)
                    + "; the application needs its sql/indicators/*.yml and *.sql files.");
        }
        for (IndicatorSpec spec : specs) {
            for (SharedCounts.Ref ref : spec.shared().references()) {
                if (!ids.contains(ref.indicator())) {
                    throw IndicatorModelReader.invalid(sql.location(FOLDER + "/" + spec.id() + MODEL_SUFFIX),
                            "shared_counts names the indicator '" + ref.indicator() + "', which is not in the catalogue");
                }
            }
        }
        return new IndicatorCatalogue(specs);
    }

    /** The catalogue of a {@code sql/} folder on disk (its {@code indicators/} subfolder). */
    public static IndicatorCatalogue fromDirectory(Path sqlRoot) {
        return load(ProjectFiles.of(sqlRoot, ProjectFiles.SQL));
    }

    /** The catalogue packaged with the application under {@code sql/indicators/}. */
    public static IndicatorCatalogue fromClasspath() {
        return load(ProjectFiles.of(null, ProjectFiles.SQL));
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
