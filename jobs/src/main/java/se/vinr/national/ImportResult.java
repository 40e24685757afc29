package se.vinr.national;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One recorded import.
 *
 * @param rows     values stored (figures, population rows and group memberships)
 * @param changes  stored values that this import replaced with another value (ref.import_changes)
 * @param warnings what the importer left out and why
 * @param read     values, cells or members the file held
 * @param skipped  values left out, counted by reason
 * @param replaced up to {@link #SHOWN_REPLACEMENTS} of the replaced values, "key: old → new"
 */
public record ImportResult(long importId, Path file, String format, long rows, long changes, List<String> warnings,
                           long read, Map<String, Long> skipped, List<String> replaced) {

    /** How many replaced values a summary names; the rest are counted. */
    public static final int SHOWN_REPLACEMENTS = 5;

    public ImportResult {
        warnings = List.copyOf(warnings);
        skipped = Map.copyOf(skipped);
        replaced = List.copyOf(replaced);
    }

    /** An import that read what it stored (the seeds' own tables). */
    public ImportResult(long importId, Path file, String format, long rows, long changes, List<String> warnings) {
        this(importId, file, format, rows, changes, warnings, rows, Map.of(), List.of());
    }

    /** What the import did, in one line: read, stored, skipped by reason, and the values it replaced. */
    public String summary() {
        String skips = skipped.isEmpty() ? "none skipped" : skipped.entrySet().stream()
                .map(e -> e.getValue() + " skipped (" + e.getKey() + ")").collect(Collectors.joining(", "));
        String replacements = changes == 0 ? "replaced no stored value"
                : "replaced " + changes + " stored value" + (changes == 1 ? "" : "s") + " (" + String.join("; ", replaced)
                + (changes > replaced.size() ? "; …" : "") + ")";
        return file.getFileName() + " [" + format + "]: read " + read + ", stored " + rows + ", " + skips + ", "
                + replacements;
    }
}
