package se.vinr.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.core.ProjectFiles;

class ScenariosTest {

    private final Populations populations = Populations.fromSeeds(ProjectFiles.of(null, "seeds"));
    private final Scenarios scenarios = new Scenarios(populations);

    @Test
    void smallIsHarnosandAtItsSeedPopulationOverTwentyHalfYears() {
        Scenario s = scenarios.named("S", 10);

        assertThat(s.sites()).containsExactly(new Scenario.Site(new MunicipalityCode("2280"),
                populations.of(new MunicipalityCode("2280"))));
        assertThat(s.periods()).hasSize(20).startsWith(new Period(2016, 1)).endsWith(new Period(2025, 2));
        assertThat(s.reported()).containsExactly(new MunicipalityCode("2280"));
        assertThat(s.heapMb()).isEqualTo(512);
    }

    @Test
    void largeIsAStockholmSizedMunicipalityOfAMillion() {
        Scenario l = scenarios.named("l", 10);

        assertThat(l.sites()).containsExactly(new Scenario.Site(new MunicipalityCode("0180"), 1_000_000));
        assertThat(l.periods()).hasSize(20);
        assertThat(l.heapMb()).isEqualTo(512);
    }

    @Test
    void nationalHoldsEveryMunicipalityAtItsSeedPopulation() {
        Scenario n = scenarios.named("N", 10);

        assertThat(n.sites()).hasSize(290);
        assertThat(n.population()).isEqualTo(populations.latest().values().stream().mapToLong(Long::longValue).sum())
                .isBetween(10_000_000L, 11_000_000L);
        assertThat(n.heapMb()).isEqualTo(1024);
    }

    @Test
    void nationalReportsASampleFromLargestToSmallest() {
        Scenario n = scenarios.named("N", 10);
        MunicipalityCode largest = populations.latest().entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        MunicipalityCode smallest = populations.latest().entrySet().stream()
                .min(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();

        assertThat(n.reported()).hasSize(10).doesNotHaveDuplicates().contains(largest, smallest);
    }

    @Test
    void tinyIsTheSmallestMunicipalityOverTheLastTwoHalfYears() {
        Scenario tiny = scenarios.named("tiny", 10);

        assertThat(tiny.sites()).hasSize(1);
        assertThat(tiny.sites().get(0).population()).isEqualTo(populations.latest().values().stream()
                .mapToLong(Long::longValue).min().orElseThrow());
        assertThat(tiny.periods()).containsExactly(new Period(2025, 1), new Period(2025, 2));
    }

    @Test
    void aSampleOfOneIsTheLargest() {
        List<Scenario.Site> sites = List.of(new Scenario.Site(new MunicipalityCode("0001"), 5),
                new Scenario.Site(new MunicipalityCode("0002"), 50), new Scenario.Site(new MunicipalityCode("0003"), 7));

        assertThat(Scenarios.sample(sites, 1)).containsExactly(new MunicipalityCode("0002"));
        assertThat(Scenarios.sample(sites, 2)).containsExactly(new MunicipalityCode("0001"), new MunicipalityCode("0002"));
        assertThat(Scenarios.sample(sites, 9)).hasSize(3);
    }

    @Test
    void refusesAnUnknownScenario() {
        assertThatThrownBy(() -> scenarios.named("XL", 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("S, L, N, tiny");
    }
}
