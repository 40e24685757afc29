package se.vinr.reports.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.vinr.reports.ModelFixtures;
import se.vinr.reports.model.Language;
import se.vinr.reports.text.Vocabulary;
import se.vinr.reports.text.Words;

class AreaNamesTest {

    private static final String GROUP = "kolada:G36529";
    private static final String NAME = "Liknande kommuner IFO, Härnösand, 2022 (Kolada G36529: Bollnäs, Finspång, Kristinehamn)";

    private final ReportFacts facts = new ReportFacts(SuppressionGuard.protect(ModelFixtures.full().areaName(GROUP, NAME)
            .build()));
    private final Vocabulary swedish = new Vocabulary(new Words(Language.SV));

    @Test
    void aPeerGroupIsNamedInFullInTablesAndWithoutItsMembersInSentencesAndLabels() {
        assertThat(facts.areaName(GROUP, swedish)).isEqualTo(NAME);
        assertThat(facts.shortAreaName(GROUP, swedish)).isEqualTo("Liknande kommuner IFO, Härnösand, 2022");
        assertThat(facts.shortAreaName("riket", swedish)).isEqualTo(facts.areaName("riket", swedish));
    }
}
