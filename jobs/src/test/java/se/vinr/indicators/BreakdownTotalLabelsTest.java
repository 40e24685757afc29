package se.vinr.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.IndicatorDefinition;

/**
 * An indicator whose breakdown groups overlap publishes, as its {@code all} row, the total of everyone it
 * counts, not a sum over the groups; its title must say it is that total, so that "58" beside it is not
 * read as the number in the groups.
 */
class BreakdownTotalLabelsTest {

    @Test
    void overlappingGroupIndicatorsNameTheirHeadlineATotal() {
        Map<String, IndicatorDefinition> byId = IndicatorCatalogue.fromClasspath().specs().stream()
                .collect(Collectors.toMap(IndicatorSpec::id, IndicatorSpec::definition));

        for (String id : new String[] {"new_cases_vulnerable_groups", "new_cases_by_violence_type"}) {
            assertThat(byId.get(id).titleSv()).as(id).contains("totalt och");
            assertThat(byId.get(id).titleEn()).as(id).contains("in total and");
        }
    }
}
