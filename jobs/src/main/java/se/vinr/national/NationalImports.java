package se.vinr.national;

import java.nio.file.Path;
import java.util.stream.Collectors;

import se.vinr.load.Warehouse;

/**
 * Imports any national file, choosing the importer by the file's format ({@code vinr national --input FILE}).
 * A file that stores nothing is refused, naming why its values were left out, unless empty files are
 * allowed ({@code --allow-empty}): an empty download is far more often a wrong selection than a fact.
 */
public final class NationalImports {

    private final ReferenceStore store;
    private final KoladaImporter kolada;
    private final KoladaGroupsImporter koladaGroups;
    private final KoladaAreasImporter koladaAreas;
    private final PxWebImporter pxweb;
    private final CsvReferenceImporter csv;

    public NationalImports(ReferenceStore store) {
        this.store = store;
        this.kolada = new KoladaImporter(store);
        this.koladaGroups = new KoladaGroupsImporter(store);
        this.koladaAreas = new KoladaAreasImporter(store);
        this.pxweb = new PxWebImporter(store);
        this.csv = new CsvReferenceImporter(store);
    }

    /** Imports a file that must store at least one value. */
    public ImportResult importFile(Warehouse warehouse, Path file) {
        return importFile(warehouse, file, false);
    }

    public ImportResult importFile(Warehouse warehouse, Path file, boolean allowEmpty) {
        NationalFormat format = NationalFormat.detect(file);
        if (format == NationalFormat.KOLADA_AREAS) {
            // Names, not reference values: stored in ref.municipalities by the importer itself.
            return koladaAreas.importFile(warehouse, file);
        }
        ImportBatch batch = importer(format).parse(file);
        if (batch.rows() == 0 && !allowEmpty) {
            String reasons = batch.skipped().isEmpty() ? "it holds no value"
                    : batch.skipped().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", "));
            throw new NationalImportException(file.getFileName() + " stores nothing (read " + batch.read() + ": "
                    + reasons + "); select other values, or give --allow-empty to record it anyway");
        }
        return store.write(warehouse, batch);
    }

    public NationalImporter importer(NationalFormat format) {
        return switch (format) {
            case KOLADA -> kolada;
            case KOLADA_GROUPS -> koladaGroups;
            case KOLADA_AREAS -> koladaAreas;
            case PXWEB -> pxweb;
            case CSV -> csv;
        };
    }
}
