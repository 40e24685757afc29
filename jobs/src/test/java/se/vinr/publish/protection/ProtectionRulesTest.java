package se.vinr.publish.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The rules' fingerprint covers every class of the package, so that no change of protection goes unnoticed. */
class ProtectionRulesTest {

    @Test
    void theFingerprintCoversEveryClassOfTheProtectionPackage() throws IOException, URISyntaxException {
        Path compiled = Path.of(ProtectionRules.class.getResource("ProtectionRules.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(compiled)) {
            assertThat(ProtectionRules.CLASSES.stream().map(Class::getSimpleName).sorted().toList())
                    .isEqualTo(files.map(f -> f.getFileName().toString())
                            .filter(name -> name.endsWith(".class") && !name.contains("$"))
                            .map(name -> name.substring(0, name.length() - ".class".length()))
                            .sorted().toList());
        }
    }

    @Test
    void theFingerprintIsTheSameEachTimeItIsTaken() {
        assertThat(ProtectionRules.fingerprint()).hasSize(64).isEqualTo(ProtectionRules.fingerprint());
    }
}
