package se.vinr.national;

import java.nio.file.Path;

import se.vinr.load.Warehouse;

/** Reads one file of national reference figures and records it in the warehouse's ref tables. */
public interface NationalImporter {

    /** Parses and validates the file; throws {@link NationalImportException} naming the file when it is not right. */
    ImportBatch parse(Path file);

    /** Parses the file and records it in one transaction: ref.imports, the values, and what changed. */
    ImportResult importFile(Warehouse warehouse, Path file);
}
