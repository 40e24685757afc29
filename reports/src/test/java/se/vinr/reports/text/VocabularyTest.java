package se.vinr.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.Language;

class VocabularyTest {

    private final Vocabulary swedish = new Vocabulary(new Words(Language.SV));
    private final Vocabulary english = new Vocabulary(new Words(Language.EN));

    @Test
    void aTwoDigitCodeIsACounty() {
        assertThat(swedish.area("22")).isEqualTo("Län 22");
        assertThat(english.area("01")).isEqualTo("County 01");
    }

    @Test
    void aSeedGeographyThatIsNoCountyCodeShowsAsItIs() {
        assertThat(swedish.area("32 kommuner")).isEqualTo("32 kommuner");
        assertThat(english.area("1281-lund")).isEqualTo("1281-lund");
        assertThat(swedish.area("221")).isEqualTo("221");
    }

    @Test
    void swedenAndMunicipalityGroupsKeepTheirNames() {
        assertThat(swedish.area("riket")).isEqualTo("Riket");
        assertThat(english.area("kommungrupp:Mindre stad")).isEqualTo("Municipality group Mindre stad");
        assertThat(swedish.area("")).isEqualTo("ingen jämförelse");
    }

    @Test
    void aReferenceFigureIdReadsAsItsNameWithSpacesAndACapital() {
        assertThat(swedish.figureName("bra_anmalda.grov_kvinnofridskrankning_anmalda"))
                .isEqualTo("Grov kvinnofridskrankning anmalda");
        assertThat(english.figureName("utsatt__fysiskt_vald")).isEqualTo("Utsatt fysiskt vald");
        assertThat(swedish.figureName("nck.")).isEqualTo("Nck.");
    }

    @Test
    void halfYearCodesInASourcesYearsReadAsProseAndOtherYearsStayAsTheyAre() {
        assertThat(swedish.halfYearsIn("2021H1–2025H2")).isEqualTo("första halvåret 2021 – andra halvåret 2025");
        assertThat(swedish.halfYearsIn("2024H2 (preliminär)")).isEqualTo("andra halvåret 2024 (preliminär)");
        assertThat(english.halfYearsIn("2021H1-2021H2")).isEqualTo("the first half of 2021 – the second half of 2021");
        assertThat(swedish.halfYearsIn("2019–2024")).isEqualTo("2019–2024");
        assertThat(swedish.halfYearsIn("12024H1")).isEqualTo("12024H1");
    }
}
