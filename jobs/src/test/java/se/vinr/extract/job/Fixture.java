package se.vinr.extract.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The extract packages under {@code src/test/resources/extract-job}. */
final class Fixture {

    private Fixture() {
    }

    static Path of(String name) {
        try {
            return Path.of(Fixture.class.getResource("/extract-job/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }

    /** A copy of a fixture package that a test may change. */
    static Path copy(String name, Path target) {
        try (Stream<Path> files = Files.list(of(name))) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
