package se.vinr.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.vinr.extract.pseudonym.KeyFileException;
import se.vinr.extract.pseudonym.PseudonymKey;

/** {@code vinr keygen FILE}: a new random key, readable by its owner only; never printed. */
@Command(name = "keygen", mixinStandardHelpOptions = true)
class KeygenCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "keygen.file")
    Path file;

    private final Console console;

    KeygenCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (Files.exists(file)) {
            console.fail(console.text("keygen.exists", file.toAbsolutePath()));
            return ExitCodes.CONFIGURATION;
        }
        try {
            PseudonymKey key = PseudonymKey.generate(new SecureRandom());
            key.writeTo(file);
            console.say("keygen.done", file.toAbsolutePath(), key.fingerprint());
            return ExitCodes.OK;
        } catch (KeyFileException e) {
            console.fail(e.getMessage());
            return ExitCodes.CONFIGURATION;
        }
    }
}
