package se.vinr.extract.job;

import java.nio.file.Path;

import se.vinr.app.VinrProperties;
import se.vinr.batch.UserFacingException;
import se.vinr.extract.pseudonym.KeyFileException;
import se.vinr.extract.pseudonym.PseudonymKey;

/**
 * Finds the pseudonymisation key: a key file given to this run (the demo's), else {@code --key-file},
 * {@code VINR_KEY_FILE} or {@code vinr.key-file}. Without one the extract refuses to run.
 */
final class KeySource {

    private KeySource() {
    }

    static PseudonymKey load(String runKeyFile, VinrProperties properties) {
        Path file = runKeyFile != null && !runKeyFile.isBlank() ? Path.of(runKeyFile) : properties.keyFile();
        if (file == null || file.toString().isBlank()) {
            throw new UserFacingException("no pseudonymisation key is configured: give --key-file FILE or set "
                    + "VINR_KEY_FILE (make a key with 'vinr keygen FILE')");
        }
        try {
            return PseudonymKey.load(file);
        } catch (KeyFileException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }
}
