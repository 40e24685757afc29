package se.vinr.reports.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BreakdownTest {

    @Test
    void theOrderOfTheKeysDoesNotMatter() {
        assertThat(Breakdown.parse("role=victim;sex=K")).isEqualTo(Breakdown.parse("sex=K; role=victim"));
        assertThat(Breakdown.parse("sex=K;role=victim").toString()).isEqualTo("role=victim;sex=K");
    }

    @Test
    void allAndEmptyMeanNoBreakdown() {
        assertThat(Breakdown.parse("all").isAll()).isTrue();
        assertThat(Breakdown.parse("").isAll()).isTrue();
        assertThat(Breakdown.parse(null)).isEqualTo(Breakdown.ALL);
        assertThat(Breakdown.ALL.toString()).isEqualTo("all");
    }

    @Test
    void keysAreMatchesExactlyTheGivenKeys() {
        Breakdown cell = Breakdown.parse("role=victim;sex=K;age_band=25-44");
        assertThat(cell.keysAre("role", "sex", "age_band")).isTrue();
        assertThat(cell.keysAre("role", "sex")).isFalse();
        assertThat(cell.get("age_band")).isEqualTo("25-44");
    }

    @Test
    void theSlugIsSafeInAFileName() {
        assertThat(Breakdown.parse("unit=IFO vuxen/<x>").slug()).isEqualTo("unit-ifo-vuxen-x-");
        assertThat(Breakdown.ALL.slug()).isEqualTo("all");
    }
}
