package se.vinr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFileTest {

    @Test
    void aScenarioResultSurvivesTheTripFromItsOwnJvm(@TempDir Path dir) throws Exception {
        Measurement m = new Measurement(1.5, 2.25, 4096);
        ScenarioResult result = new ScenarioResult("N", new ScenarioSize(290, 20, 10_400_000, 9_000_000, 600_000_000,
                Map.of("cases.csv", 1_800_000L, "contacts.csv", 6_200_000L)), 1024, List.of("0180", "2403"),
                List.of(new StageResult(Stage.EXTRACT, 9_000_000, m, m), new StageResult(Stage.INDICATORS, 10, null, m),
                        new StageResult(Stage.REPORT, 10, m, null)),
                m, 10, m, 290, m, m, 9_000_000, 8_990_000, 10_000, 8_989_000, false, "v2.0.0", 0, 0);
        Path file = dir.resolve("results.json");

        ResultsFile.write(file, result);

        assertThat(ResultsFile.read(file)).isEqualTo(result);
    }
}
