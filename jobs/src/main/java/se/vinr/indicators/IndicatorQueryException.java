package se.vinr.indicators;

import se.vinr.batch.UserFacingException;

/** An indicator query that failed or returned rows of the wrong shape; the message names its file. */
public class IndicatorQueryException extends UserFacingException {

    public IndicatorQueryException(String message, Throwable cause) {
        super(message, cause);
    }

    public IndicatorQueryException(String message) {
        super(message);
    }
}
