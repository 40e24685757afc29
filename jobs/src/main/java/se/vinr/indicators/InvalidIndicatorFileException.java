package se.vinr.indicators;

import se.vinr.batch.UserFacingException;

/** An indicator file whose header cannot be used; the message names the file and what to fix. */
public class InvalidIndicatorFileException extends UserFacingException {

    public InvalidIndicatorFileException(String message) {
        super(message);
    }
}
