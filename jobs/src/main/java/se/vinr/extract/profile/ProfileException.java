package se.vinr.extract.profile;

/**
 * A mapping profile cannot be used; the message, in the user's language, names the profile file, the
 * place in it and what to write instead.
 */
public class ProfileException extends RuntimeException {

    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
