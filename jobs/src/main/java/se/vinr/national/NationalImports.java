package se.vinr.national;

import java.nio.file.Path;

import se.vinr.load.Warehouse;

/** Imports any national file, choosing the importer by the file's format ({@code vinr national --input FILE}). */
public final class NationalImports {

    private final KoladaImporter kolada;
    private final KoladaGroupsImporter koladaGroups;
    private final PxWebImporter pxweb;
    private final CsvReferenceImporter csv;

    public NationalImports(ReferenceStore store) {
        this.kolada = new KoladaImporter(store);
        this.koladaGroups = new KoladaGroupsImporter(store);
        this.pxweb = new PxWebImporter(store);
        this.csv = new CsvReferenceImporter(store);
    }

    public ImportResult importFile(Warehouse warehouse, Path file) {
        return importer(NationalFormat.detect(file)).importFile(warehouse, file);
    }

    public NationalImporter importer(NationalFormat format) {
        return switch (format) {
            case KOLADA -> kolada;
            case KOLADA_GROUPS -> koladaGroups;
            case PXWEB -> pxweb;
            case CSV -> csv;
        };
    }
}
