package se.vinr.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.Breakdown;

class AdditiveGroupTest {

    @Test
    void anAdditiveGroupKnowsItsPartsAndTotal() {
        AdditiveGroup sexOfVictims = AdditiveGroup.parse("sex within role=victim");
        assertThat(sexOfVictims.isPart(Breakdown.parse("role=victim;sex=K"))).isTrue();
        assertThat(sexOfVictims.isPart(Breakdown.parse("role=perpetrator;sex=K"))).isFalse();
        assertThat(sexOfVictims.isPart(Breakdown.parse("sex=K"))).isFalse();
        assertThat(sexOfVictims.isTotal(Breakdown.parse("role=victim"))).isTrue();
        AdditiveGroup methods = AdditiveGroup.parse(" method ");
        assertThat(methods).isEqualTo(new AdditiveGroup("method", "all"));
        assertThat(methods.isPart(Breakdown.parse("method=SAM"))).isTrue();
        assertThat(methods.isTotal(Breakdown.parse("all"))).isTrue();
    }

    @Test
    void aCrossedTableDeclaresOneGroupPerRowAndPerColumn() {
        AdditiveGroup agesOfEachSex = AdditiveGroup.parse("age_band within role=victim;sex=*");
        AdditiveGroup sexesOfEachAge = AdditiveGroup.parse("sex within role=victim;age_band=*");
        Breakdown cell = Breakdown.parse("role=victim;sex=K;age_band=25-44");
        Breakdown women = Breakdown.parse("role=victim;sex=K");
        Breakdown adults = Breakdown.parse("role=victim;age_band=25-44");

        assertThat(agesOfEachSex.isTotal(women)).isTrue();
        assertThat(agesOfEachSex.isTotal(Breakdown.parse("role=victim"))).isFalse();
        assertThat(agesOfEachSex.isTotal(Breakdown.parse("role=perpetrator;sex=K"))).isFalse();
        assertThat(agesOfEachSex.isPartOf(cell, women)).isTrue();
        assertThat(agesOfEachSex.isPartOf(cell, Breakdown.parse("role=victim;sex=M"))).isFalse();
        assertThat(agesOfEachSex.isPart(cell)).isTrue();
        assertThat(agesOfEachSex.isPart(adults)).isFalse();
        assertThat(sexesOfEachAge.isTotal(adults)).isTrue();
        assertThat(sexesOfEachAge.isPartOf(cell, adults)).isTrue();
        assertThat(sexesOfEachAge.isPartOf(Breakdown.parse("role=victim;sex=K;age_band=80+"), adults)).isFalse();
        // The one-dimensional groups keep to their own parts.
        assertThat(AdditiveGroup.parse("sex within role=victim").isPart(cell)).isFalse();
        assertThat(AdditiveGroup.parse("age_band within role=victim").isPart(cell)).isFalse();
        assertThatThrownBy(() -> AdditiveGroup.parse("sex within role=victim;sex=*"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsAPopulationBasisWithAndWithoutFallback() {
        assertThat(PopulationBasis.parse("18+ (fallback 20+)")).isEqualTo(new PopulationBasis("18+", Optional.of("20+")));
        assertThat(PopulationBasis.parse("0-17")).isEqualTo(new PopulationBasis("0-17", Optional.empty()));
        assertThatThrownBy(() -> PopulationBasis.parse("18+ or 20+")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdditiveGroup.parse("sex within")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdditiveGroup.parse("sex within sex=K")).isInstanceOf(IllegalArgumentException.class);
    }
}
