package se.vinr.national;

import java.nio.file.Path;
import java.util.List;

/**
 * One recorded import.
 *
 * @param rows     values imported (figures, population rows and group memberships)
 * @param changes  values that differ from the previous import of the same key (ref.import_changes)
 * @param warnings what the importer left out and why
 */
public record ImportResult(long importId, Path file, String format, long rows, long changes, List<String> warnings) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
