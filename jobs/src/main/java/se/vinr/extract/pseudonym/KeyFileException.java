package se.vinr.extract.pseudonym;

import java.io.IOException;

/**
 * A key file that cannot be used or written. The message is one sentence that names the file and what to
 * do, and never contains key material.
 */
public final class KeyFileException extends IOException {

    KeyFileException(String message) {
        super(message);
    }

    KeyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
