package se.vinr.national;

/** A national file that cannot be imported; the message names the file and what is wrong with it. */
public class NationalImportException extends RuntimeException {

    public NationalImportException(String message) {
        super(message);
    }

    public NationalImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
