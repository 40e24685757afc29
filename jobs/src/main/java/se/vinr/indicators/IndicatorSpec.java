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
 * @param tests           which tests over time the data bear (model key {@code tests:}; {@link SeriesTests})
 * @param kolada          the Kolada KPIs its model declares ({@code national: kolada:}), matching or context
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
        boolean cumulative,
        SeriesTests tests,
        List<KoladaDeclaration> kolada) {

    public IndicatorSpec {
        additive = List.copyOf(additive);
        kolada = List.copyOf(kolada);
    }

    /** An indicator that declares no Kolada KPI. */
    public IndicatorSpec(IndicatorDefinition definition, OptionalDouble goal, List<AdditiveGroup> additive,
                         Optional<PopulationBasis> population, boolean portable, String portabilityNote, String file,
                         String sql, SharedCounts shared, boolean cumulative) {
        this(definition, goal, additive, population, portable, portabilityNote, file, sql, shared, cumulative,
                SeriesTests.INDEPENDENT, List.of());
    }

    public String id() {
        return definition.id();
    }
}
