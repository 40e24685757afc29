package se.vinr.batch;

/**
 * A failure whose message is already the one readable sentence the user should see (it names the
 * file, line or setting and what to do); nothing beneath it is shown.
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
