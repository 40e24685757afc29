package se.vinr.national;

import java.nio.file.Path;
import java.util.List;

/**
 * What a fetch wrote: the files to import, in import order (Kolada's groups, Kolada's data with the KPIs'
 * metadata, each SCB table), and every raw answer as received, under {@code <out>/national/raw/}.
 */
public record FetchResult(List<Path> toImport, List<Path> raw) {

    public FetchResult {
        toImport = List.copyOf(toImport);
        raw = List.copyOf(raw);
    }
}
