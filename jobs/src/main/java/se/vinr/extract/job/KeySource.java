package se.vinr.extract.job;

import java.nio.file.Path;

import se.vinr.app.VinrProperties;
import se.vinr.batch.ConfigurationProblem;
import se.vinr.extract.pseudonym.KeyFileException;
import se.vinr.extract.pseudonym.PseudonymKey;

/**
 * Finds the pseudonymisation key: the public demo key for the demo's runs, else {@code --key-file},
 * {@code VINR_KEY_FILE} or {@code vinr.key-file}. Without one the extract refuses to run.
 */
public final class KeySource {

    private KeySource() {
    }

    /**
     * @throws ConfigurationProblem naming the key file and the fix, when there is no usable key
     */
    public static PseudonymKey load(String demoKey, VinrProperties properties) {
        if ("true".equals(demoKey)) {
            return PseudonymKey.demoKey();
        }
        Path file = properties.keyFile();
        if (file == null || file.toString().isBlank()) {
            throw new ConfigurationProblem("no pseudonymisation key is configured: give --key-file FILE or set "
                    + "VINR_KEY_FILE (make a key with 'vinr keygen FILE')");
        }
        try {
            return PseudonymKey.load(file);
        } catch (KeyFileException e) {
            throw new ConfigurationProblem(e.getMessage(), e);
        }
    }
}
