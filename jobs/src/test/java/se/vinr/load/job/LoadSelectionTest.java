package se.vinr.load.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.OutputLayout;
import se.vinr.core.Period;

class LoadSelectionTest {

    @TempDir
    Path out;

    @Test
    void aRangeListsTheExtractedHalfYearsMunicipalityByMunicipalityOldestFirstAndNamesTheOthers() throws IOException {
        OutputLayout layout = new OutputLayout(out);
        for (String extracted : new String[] {"2281 2025H1", "2280 2025H2", "2280 2024H2", "2281 2024H2"}) {
            String[] parts = extracted.split(" ");
            Files.createDirectories(layout.extractDir(MunicipalityCode.parse(parts[0]), Period.parse(parts[1])));
        }

        LoadSelection.Found found = LoadSelection.of("2281,2280", null, "2024H2", "2025H2").find(layout);

        assertThat(found.packages()).map(LoadSelection.Package::toString)
                .containsExactly("2281 2024H2", "2281 2025H1", "2280 2024H2", "2280 2025H2");
        assertThat(found.notExtracted()).map(LoadSelection.Package::toString)
                .containsExactly("2281 2025H2", "2280 2025H1");
    }

    @Test
    void oneHalfYearIsListedEvenWithoutAnExtractSoThatTheLoadRefusesItWithItsOwnSentence() {
        LoadSelection.Found found = LoadSelection.of("2280", "2026H1", null, null).find(new OutputLayout(out));

        assertThat(found.packages()).map(LoadSelection.Package::toString).containsExactly("2280 2026H1");
        assertThat(found.notExtracted()).isEmpty();
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> LoadSelection.of("2280", null, "2026H1", "2025H2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025H2").hasMessageContaining("2026H1");
    }
}
