package se.vinr.extract.csv;

import java.nio.charset.Charset;

/**
 * How one CSV file is written. Line endings are not part of it: the reader accepts CRLF, LF and CR
 * alike, even mixed in one file.
 *
 * @param bom whether the file starts with a UTF-8 byte order mark, which the reader skips
 */
public record CsvDialect(Charset encoding, char delimiter, boolean bom) {

    public CsvDialect {
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("not a usable delimiter: " + (int) delimiter);
        }
    }
}
