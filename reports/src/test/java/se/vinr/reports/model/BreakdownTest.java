package se.vinr.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void readsAllAndKeyValuePartsInTheirOrder() {
        Breakdown victimWomen = Breakdown.parse("role=victim;sex=K");
        assertThat(victimWomen.get("sex")).isEqualTo("K");
        assertThat(victimWomen.has("age_band")).isFalse();
        assertThat(victimWomen.without("sex").text()).isEqualTo("role=victim");
        assertThat(Breakdown.parse("unit=IFO vuxen").get("unit")).isEqualTo("IFO vuxen");
        assertThat(Breakdown.parse("sex=K;role=victim").text()).isEqualTo("sex=K;role=victim");
    }

    @Test
    void rejectsWhatIsNotKeyValue() {
        assertThatThrownBy(() -> Breakdown.parse("victim")).hasMessageContaining("not 'victim'");
        assertThatThrownBy(() -> Breakdown.parse("role=")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Breakdown.parse("sex=K;sex=M")).hasMessageContaining("twice");
        assertThatThrownBy(() -> Breakdown.parse("unit=Vård; omsorg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Breakdown.parse("unit=a\\")).hasMessageContaining("lone backslash");
    }

    @Test
    void aValueMayHoldAnyPunctuationEscapedWithABackslash() {
        String name = "Vård; omsorg = \"x\" \\ y";
        Breakdown unit = new Breakdown(java.util.Map.of("unit", name));
        assertThat(unit.text()).isEqualTo("unit=Vård\\; omsorg \\= \"x\" \\\\ y");
        assertThat(Breakdown.parse(unit.text())).isEqualTo(unit);
        assertThat(Breakdown.parse(unit.text()).get("unit")).isEqualTo(name);
        assertThat(Breakdown.parse("role=victim;unit=" + Breakdown.escape(name)).keysAre("role", "unit")).isTrue();
    }
}
