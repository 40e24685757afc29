package se.vinr.national;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaTest {

    @Test
    void mapsKoladaIdsToTheContractsAreas() {
        assertThat(Area.fromKolada("0000")).isEqualTo("riket");
        assertThat(Area.fromKolada("0022")).isEqualTo("22");
        assertThat(Area.fromKolada("2280")).isEqualTo("2280");
        assertThat(Area.fromKolada("G124")).isEqualTo("kolada:G124");
        assertThat(Area.fromKolada("22")).isNull();
    }

    @Test
    void mapsSeedGeographiesAndKeepsDescriptions() {
        assertThat(Area.fromSeedGeography("SE")).isEqualTo("riket");
        assertThat(Area.fromSeedGeography("01 Stockholms län")).isEqualTo("01");
        assertThat(Area.fromSeedGeography("0127 Botkyrka")).isEqualTo("0127");
        assertThat(Area.fromSeedGeography("32 kommuner")).isEqualTo("32 kommuner");
        assertThat(Area.fromSeedGeography("34 kommuner (47 deltog)")).isEqualTo("34 kommuner (47 deltog)");
    }

    @Test
    void acceptsOnlyTheContractsAreasInTheCsv() {
        assertThat(Area.fromCsv("riket")).isEqualTo("riket");
        assertThat(Area.fromCsv("0000")).isEqualTo("riket");
        assertThat(Area.fromCsv("22")).isEqualTo("22");
        assertThat(Area.fromCsv("kommungrupp:C6")).isEqualTo("kommungrupp:C6");
        assertThat(Area.fromCsv("Sverige")).isNull();
        assertThat(Area.fromCsv("kommungrupp:")).isNull();
        assertThat(Area.fromCsv("kolada:G33720")).isEqualTo("kolada:G33720");
        assertThat(Area.fromCsv("kolada:")).isNull();
        assertThat(Area.fromCsv("kolada:2280")).isNull();
    }
}
