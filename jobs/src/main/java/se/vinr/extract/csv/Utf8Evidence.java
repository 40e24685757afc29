package se.vinr.extract.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What a file's bytes say about UTF-8, read once as a stream: how many well-formed multi-byte UTF-8
 * characters it holds, and the line of the first byte that is not well-formed UTF-8. A file with both
 * is mixed (a UTF-8 export with a line pasted from a Windows-1252 one): reading it whole as either
 * encoding would change characters, and with them identifiers, so such a file is refused. A file
 * without any multi-byte character but with bytes that are not UTF-8 is Windows-1252.
 *
 * @param multiByteCharacters well-formed UTF-8 sequences of two to four bytes
 * @param firstInvalidLine the 1-based line of the first ill-formed byte, if any (line breaks counted as
 *                         the CSV parser counts them)
 */
record Utf8Evidence(long multiByteCharacters, OptionalLong firstInvalidLine) {

    boolean isUtf8() {
        return firstInvalidLine.isEmpty();
    }

    boolean isMixed() {
        return multiByteCharacters > 0 && firstInvalidLine.isPresent();
    }

    static Utf8Evidence of(Path file, long skipBytes) throws IOException {
        long multiByte = 0;
        long line = 1;
        int expected = 0;
        int lower = 0x80;
        int upper = 0xBF;
        boolean afterCarriageReturn = false;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skipBytes);
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (expected > 0) {
                        if (b < lower || b > upper) {
                            return new Utf8Evidence(multiByte, OptionalLong.of(line));
                        }
                        lower = 0x80;
                        upper = 0xBF;
                        if (--expected == 0) {
                            multiByte++;
                        }
                        continue;
                    }
                    if (b == '\r' || (b == '\n' && !afterCarriageReturn)) {
                        line++;
                    }
                    afterCarriageReturn = b == '\r';
                    if (b < 0x80) {
                        continue;
                    }
                    // Well-formed sequences as Unicode's table 3-7 lists them: no overlong forms, no surrogates.
                    if (b >= 0xC2 && b <= 0xDF) {
                        expected = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        expected = 2;
                        lower = b == 0xE0 ? 0xA0 : 0x80;
                        upper = b == 0xED ? 0x9F : 0xBF;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        expected = 3;
                        lower = b == 0xF0 ? 0x90 : 0x80;
                        upper = b == 0xF4 ? 0x8F : 0xBF;
                    } else {
                        return new Utf8Evidence(multiByte, OptionalLong.of(line));
                    }
                }
            }
        }
        return new Utf8Evidence(multiByte, expected > 0 ? OptionalLong.of(line) : OptionalLong.empty());
    }
}
