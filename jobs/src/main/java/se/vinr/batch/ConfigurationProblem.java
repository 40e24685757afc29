package se.vinr.batch;

/**
 * The configuration or the key cannot be used (a key file missing, a folder, too short or readable by
 * others; a configuration file that is not there or not valid): the command ends with the exit code
 * for configuration problems and this one sentence, before any job starts.
 */
public class ConfigurationProblem extends UserFacingException {

    public ConfigurationProblem(String message) {
        super(message);
    }

    public ConfigurationProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
