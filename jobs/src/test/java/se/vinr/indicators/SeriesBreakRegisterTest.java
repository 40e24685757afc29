package se.vinr.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The shipped register of series breaks: each break is scoped to the indicators whose definition or
 * recording it changes, with a reason and a source, so a reform does not stop every trend.
 */
class SeriesBreakRegisterTest {

    private static List<CSVRecord> register() throws Exception {
        try (InputStream in = SeriesBreakRegisterTest.class.getResourceAsStream("/seeds/series_breaks.csv")) {
            assertThat(in).as("seeds/series_breaks.csv on the class path").isNotNull();
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
    }

    @Test
    void everyBreakNamesACatalogueIndicatorWithAReasonAndASource() throws Exception {
        Set<String> ids = IndicatorCatalogue.fromClasspath().specs().stream().map(IndicatorSpec::id)
                .collect(Collectors.toSet());

        assertThat(register()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("scope")).as("line %d: a break for every indicator must be argued, not the default",
                    row.getRecordNumber() + 1).isIn(ids);
            assertThat(row.get("description_sv")).isNotBlank();
            assertThat(row.get("description_en")).isNotBlank();
            assertThat(row.get("source")).contains("https://");
        });
    }

    @Test
    void theNewSocialServicesActBreaksInterventionsButNotNewCasesOrScreening() throws Exception {
        Set<String> scopes = register().stream().filter(r -> r.get("break_date").equals("2025-07-01"))
                .map(r -> r.get("scope")).collect(Collectors.toSet());

        assertThat(scopes).contains("interventions", "interventions_per_victim_case")
                .doesNotContain("all", "new_cases", "screening_rate", "new_victims_rate", "active_cases");
    }
}
