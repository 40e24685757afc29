package se.vinr.indicators;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import se.vinr.reports.model.IndicatorDefinition;

/**
 * One indicator of the catalogue, read from its model {@code sql/indicators/<id>.yml} and its query
 * {@code <id>.sql}: what it means (for the report), what the statistics and the protection need to know
 * about it, and the query that computes it.
 *
 * @param goal            the target value in the indicator's unit, when the plan sets one
 * @param additive        the breakdown groups whose parts add up exactly to a total
 * @param population      for rates per inhabitants: the population the denominator is taken from
 * @param portable        whether the query is plain SQL that other engines run as it is
 * @param portabilityNote the model's explanation of what is engine-specific or standard (empty when none)
 * @param file            the query file it was read from, for messages
 * @param sql             the query, returning {@code municipality, period, breakdown, numerator, denominator, value}
 * @param shared          the counts it shares with other indicators, for small-number protection
 * @param cumulative      whether its numerator counts everything up to the period's end, so that this
 *                        period's figure less the previous one is the period's own increase
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
        SharedCounts shared,
        boolean cumulative) {

    public IndicatorSpec {
        additive = List.copyOf(additive);
    }

    public String id() {
        return definition.id();
    }
}
