package se.vinr.publish;

import se.vinr.publish.protection.CountLinks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;

import se.vinr.core.Period;
import se.vinr.indicators.IndicatorSpec;
import se.vinr.indicators.PopulationBasis;
import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.indicators.stats.IndirectStandardisation;
import se.vinr.indicators.stats.RatioInterval;
import se.vinr.indicators.stats.StandardisedRatio;
import se.vinr.indicators.stats.Stratum;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Unit;

/**
 * Observed relative to expected for the rates per 10,000 inhabitants: how many persons the municipality
 * would have had at Sweden's rates for each age band and sex, given its own population (indirect
 * standardisation, Breslow &amp; Day 1987, vol. II, ch. 2). Expected E = Σ n_i · R_i over the strata i
 * (age band × sex) of the rate's population, n_i the municipality's population and R_i the reference
 * rate per person; observed O is the rate's own numerator. The ratio O/E takes away what the
 * municipality's age and sex structure alone explains.
 *
 * <p>A ratio is published as the derived indicator {@code <rate>_oe} (unit {@code ratio}, numerator O,
 * denominator E), compared with 1 in {@code riket}, only where {@code ref.national_figures} holds a
 * {@code riket} rate of the same half-year for every age band and sex of the population basis, and
 * the municipality a population for each (the latest year up to the half-year's year with all of
 * them). O counts persons of sex X or unknown too, whom no population covers: the ratio is then a
 * little high, as the rate itself is. Its interval, the exact Poisson (Byar from 10) interval of O
 * divided by E, and its small-number protection (O is the rate's numerator, linked in
 * {@link CountLinks}) are those of every other row, in {@link IndicatorStatistics}.
 */
public final class StandardisedRatios {

    public static final String SUFFIX = "_oe";
    static final String SOURCE = "vinr: indirekt standardisering mot rikets takt per åldersgrupp och kön";

    private static final Map<String, List<String>> BANDS = Map.of(
            "18+", List.of("18-24", "25-44", "45-64", "65-79", "80+"),
            "0-17", List.of("0-17"));
    private static final List<String> SEXES = List.of("K", "M");
    private static final Map<String, Double> PER_10000 = Map.of("per_1000", 10.0, "per_10000", 1.0, "per_100000", 0.1);

    /**
     * What the ratios add to a report.
     *
     * @param inputs     the derived indicators, one per rate that has a ratio in some half-year
     * @param rows       their exact values, breakdown {@code all}
     * @param references the value 1 in {@code riket} for each row, to compare with
     */
    record Derived(List<IndicatorInput> inputs, List<RawValue> rows, List<ReferenceFigures.Candidate> references) {
        Derived {
            inputs = List.copyOf(inputs);
            rows = List.copyOf(rows);
            references = List.copyOf(references);
        }

        /** The catalogue's definitions with each ratio's placed after its rate's. */
        List<IndicatorDefinition> placedAfterTheirRates(List<IndicatorDefinition> definitions) {
            List<IndicatorDefinition> placed = new ArrayList<>();
            for (IndicatorDefinition definition : definitions) {
                placed.add(definition);
                inputs.stream().map(IndicatorInput::definition)
                        .filter(d -> d.id().equals(definition.id() + SUFFIX)).forEach(placed::add);
            }
            return placed;
        }
    }

    private final IndirectStandardisation standardisation;

    StandardisedRatios(ConfidenceLevel level) {
        this.standardisation = new IndirectStandardisation(new RatioInterval(level));
    }

    /** The ratios of every rate and loaded half-year that has what they need. */
    Derived derive(Connection connection, String municipality, List<IndicatorSpec> specs, List<RawValue> raw)
            throws SQLException {
        List<IndicatorInput> inputs = new ArrayList<>();
        List<RawValue> rows = new ArrayList<>();
        List<ReferenceFigures.Candidate> references = new ArrayList<>();
        for (IndicatorSpec spec : specs) {
            List<String> bands = spec.population().map(PopulationBasis::ageGroup).map(BANDS::get).orElse(null);
            if (bands == null) {
                continue;
            }
            int before = rows.size();
            for (RawValue base : raw) {
                if (!base.indicator().equals(spec.id()) || !base.breakdown().equals(IndicatorValue.ALL)
                        || base.numerator() == null) {
                    continue;
                }
                Period period = Period.parse(base.period());
                Optional<RawValue> row = ratio(base, rates(connection, spec.id(), period, bands),
                        population(connection, municipality, period, bands));
                row.ifPresent(r -> {
                    rows.add(r);
                    references.add(new ReferenceFigures.Candidate(r.indicator(), "riket", r.period(), "T", 1.0,
                            "ratio", SOURCE, null));
                });
            }
            if (rows.size() > before) {
                inputs.add(new IndicatorInput(definition(spec.definition()), List.of(), false));
            }
        }
        return new Derived(inputs, rows, references);
    }

    /**
     * The ratio row of a rate's {@code all} row: numerator O, denominator E; empty when a stratum with a
     * population has no reference rate, or when nothing is expected.
     *
     * @param ratesPer10000 the reference rates per 10,000 by stratum
     * @param population    the municipality's population by stratum
     */
    Optional<RawValue> ratio(RawValue base, Map<Stratum, Double> ratesPer10000, Map<Stratum, Double> population) {
        if (population.isEmpty() || !ratesPer10000.keySet().containsAll(population.keySet())) {
            return Optional.empty();
        }
        Map<Stratum, Double> perPerson = new HashMap<>();
        ratesPer10000.forEach((stratum, rate) -> perPerson.put(stratum, rate / 10_000));
        Optional<StandardisedRatio> ratio = standardisation.standardise(Math.round(base.numerator()), perPerson,
                population);
        return ratio.map(r -> new RawValue(base.indicator() + SUFFIX, base.period(), IndicatorValue.ALL,
                (double) r.observed(), r.expected(), null));
    }

    static IndicatorDefinition definition(IndicatorDefinition rate) {
        return new IndicatorDefinition(rate.id() + SUFFIX,
                "Observerat i förhållande till förväntat: " + rate.titleSv(),
                "Observed relative to expected: " + rate.titleEn(),
                "Antalet (täljaren i " + rate.id() + ") delat med det antal kommunen skulle ha haft med rikets takt"
                        + " per åldersgrupp och kön för samma halvår och sin egen befolkning (indirekt standardisering)."
                        + " 1 betyder lika många som förväntat; skillnader i ålders- och könsfördelning är borträknade.",
                "The count (the numerator of " + rate.id() + ") divided by the count the municipality would have had"
                        + " at Sweden's rates by age band and sex for the same half-year and its own population"
                        + " (indirect standardisation). 1 means as many as expected; differences in age and sex"
                        + " structure are taken out.",
                Unit.RATIO,
                "observed: " + rate.numeratorDefinition(),
                "expected: the sum over age bands and sexes of population × riket's rate per 10,000 / 10,000",
                rate.polarity(), rate.subGoal(), "riket", null, Set.of());
    }

    /** The riket rates per 10,000 of the half-year, by stratum; strata without a usable figure are missing. */
    private static Map<Stratum, Double> rates(Connection connection, String indicator, Period period,
                                              List<String> bands) throws SQLException {
        Map<Stratum, Double> rates = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT sex, age_group, value, unit"
                + " FROM ref.national_figures WHERE indicator = ? AND area = 'riket' AND year = ?"
                + " AND value IS NOT NULL")) {
            statement.setString(1, indicator);
            statement.setString(2, period.toString());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Double scale = PER_10000.get(rs.getString(4));
                    if (SEXES.contains(rs.getString(1)) && bands.contains(rs.getString(2)) && scale != null) {
                        rates.put(new Stratum(rs.getString(2), rs.getString(1)), rs.getDouble(3) * scale);
                    }
                }
            }
        }
        return rates;
    }

    /** The population by stratum of the latest year up to the period's year that has every stratum; else empty. */
    private static Map<Stratum, Double> population(Connection connection, String municipality, Period period,
                                                   List<String> bands) throws SQLException {
        Map<Integer, Map<Stratum, Double>> byYear = new TreeMap<>(Comparator.reverseOrder());
        try (PreparedStatement statement = connection.prepareStatement("SELECT year, sex, age_group, population"
                + " FROM ref.population WHERE municipality_code = ? AND year <= ?")) {
            statement.setString(1, municipality);
            statement.setInt(2, period.year());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (SEXES.contains(rs.getString(2)) && bands.contains(rs.getString(3))) {
                        byYear.computeIfAbsent(rs.getInt(1), y -> new LinkedHashMap<>())
                                .put(new Stratum(rs.getString(3), rs.getString(2)), (double) rs.getLong(4));
                    }
                }
            }
        }
        int strata = bands.size() * SEXES.size();
        return byYear.values().stream().filter(p -> p.size() == strata).findFirst().orElse(Map.of());
    }
}
