package se.vinr.publish.protection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallRowCountsTest {

    private final SmallRowCounts counts = new SmallRowCounts(5);

    @Test
    void hidesARowCountFromOneToFour() {
        assertThat(counts.hide("risk_assessments: enheten 'IFO barn' hade 3 rader för 2024H2 och har inga för 2025H1"))
                .isEqualTo("risk_assessments: enheten 'IFO barn' hade färre än 5 rader för 2024H2 och har inga för 2025H1");
    }

    @Test
    void hidesASmallEarlierCountOfTheVolumeCheck() {
        assertThat(counts.hide("interventions: 0 rader för 2025H1 mot 3 för 2024H2 (100 % färre)"))
                .isEqualTo("interventions: 0 rader för 2025H1 mot färre än 5 för 2024H2 (100 % färre)");
    }

    @Test
    void keepsZeroAndCountsFromTheThresholdUp() {
        String message = "interventions: 43 rader för 2024H1 mot 5 för 2023H2, 0 rader saknas";

        assertThat(counts.hide(message)).isEqualTo(message);
    }

    @Test
    void leavesPercentsAndPeriodsAlone() {
        String message = "cases: 43 rader för 2025H1 mot 45 för 2024H2 (4 % färre)";

        assertThat(counts.hide(message)).isEqualTo(message);
    }
}
