package se.vinr.national;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a fetch wrote: the files to import (Kolada's pages joined into one response; SCB's dataset)
 * and every raw response as received, under {@code <out>/national/raw/}.
 */
public record FetchResult(Optional<Path> kolada, Optional<Path> population, List<Path> raw) {

    public FetchResult {
        raw = List.copyOf(raw);
    }

    /** The files to hand to {@link NationalImports#importFile}, Kolada first. */
    public List<Path> toImport() {
        return Stream.of(kolada, population).flatMap(Optional::stream).toList();
    }
}
