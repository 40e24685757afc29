package se.vinr.extract.csv;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * What a mapping profile pins of a file's dialect; an empty part is detected from the file.
 */
public record DialectSettings(Optional<Charset> encoding, Optional<Character> delimiter) {

    private static final DialectSettings AUTO = new DialectSettings(Optional.empty(), Optional.empty());

    /** Detect both encoding and delimiter. */
    public static DialectSettings auto() {
        return AUTO;
    }
}
