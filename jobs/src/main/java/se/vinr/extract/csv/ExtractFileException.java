package se.vinr.extract.csv;

import se.vinr.batch.UserFacingException;

/**
 * A whole input file cannot be used (no header, a required column missing, undecodable bytes, broken
 * quoting, too many rejected rows): the extract fails and nothing is loaded. The message is already in
 * the user's language and names the file, the line where known, and what to do; it never holds a raw
 * identifier. It is a {@link UserFacingException}, so the job history and the console show this sentence,
 * never the message of what caused it (the CSV parser's names no file).
 *
 * @see #line() 0 when the problem is not tied to one line
 */
public class ExtractFileException extends UserFacingException {

    private final String file;
    private final long line;

    public ExtractFileException(String file, long line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public ExtractFileException(String file, long line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** The 1-based physical line the problem is on, or 0 when it concerns the whole file. */
    public long line() {
        return line;
    }
}
