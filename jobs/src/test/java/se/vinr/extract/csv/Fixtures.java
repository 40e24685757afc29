package se.vinr.extract.csv;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The ugly files under {@code src/test/resources/ugly}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path ugly(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/ugly/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }
}
