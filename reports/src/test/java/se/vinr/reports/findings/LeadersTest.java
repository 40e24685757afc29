package se.vinr.reports.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.Language;
import se.vinr.reports.text.Words;

class LeadersTest {

    private static final List<String> METHODS = List.of("FREDA kortfrågor", "SARA:SV", "PATRIARK");

    @Test
    void aSixSixTieIsNamedAsATie() {
        List<String> leaders = Leaders.of(METHODS, Arrays.asList(6.0, 6.0, 5.0));

        assertThat(leaders).containsExactly("FREDA kortfrågor", "SARA:SV");
        assertThat(Leaders.join(leaders, new Words(Language.SV))).isEqualTo("FREDA kortfrågor och SARA:SV");
    }

    @Test
    void aSingleLargestLeadsAloneAndAHiddenValueNeverLeads() {
        assertThat(Leaders.of(METHODS, Arrays.asList(7.0, 6.0, null))).containsExactly("FREDA kortfrågor");
        assertThat(Leaders.of(METHODS, Arrays.asList(null, null, null))).isEmpty();
    }
}
