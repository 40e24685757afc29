package se.vinr.indicators;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import se.vinr.reports.model.IndicatorDefinition;

/**
 * One indicator of the catalogue: what it means (for the report), what the statistics need to know
 * about it, and the query that computes it.
 *
 * @param goal            the target value in the indicator's unit, when the plan sets one
 * @param additive        the breakdown groups whose parts add up exactly to a total
 * @param population      for rates per inhabitants: the population the denominator is taken from
 * @param portable        whether the query is plain SQL that other engines run as it is
 * @param portabilityNote the header's explanation after yes/no (empty when none)
 * @param file            the file it was read from, for messages
 * @param sql             the query, returning {@code municipality, period, breakdown, numerator, denominator, value}
 * @param tests           which tests over time the data bear (header key {@code tests:})
 */
public record IndicatorSpec(
        IndicatorDefinition definition,
        OptionalDouble goal,
        List<AdditiveGroup> additive,
        Optional<PopulationBasis> population,
        boolean portable,
        String portabilityNote,
        String file,
        String sql,
        SeriesTests tests) {

    public IndicatorSpec {
        additive = List.copyOf(additive);
    }

    public String id() {
        return definition.id();
    }
}
