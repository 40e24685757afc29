package se.vinr.indicators;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.vinr.core.Period;
import se.vinr.reports.model.Breakdown;

/**
 * Which population a rate's denominator came from. The indicator queries apply the same rule: for the
 * sex of the row ({@code T} without a {@code sex=} part), the wanted age group if it has a row for a
 * year up to the period's year, else the fallback age group; within the chosen group the latest such
 * year.
 */
public final class DenominatorBasis {

    private static final Set<String> SEXES_WITH_POPULATION = Set.of("K", "M");

    private static final String QUERY = """
            SELECT age_group, year, population, derived, source
            FROM ref.population
            WHERE municipality_code = ? AND sex = ? AND year <= ? AND age_group IN (?, ?)
            ORDER BY CASE WHEN age_group = ? THEN 1 ELSE 2 END, year DESC
            LIMIT 1""";

    private final Connection connection;
    /**
     * The answers so far: a publication asks for the same few populations once per rate row (hundreds of
     * rows, a prepared query each), and the population does not change while one publication reads it,
     * so one instance serves one reading of the warehouse.
     */
    private final Map<Key, Optional<PopulationDenominator>> found = new HashMap<>();

    private record Key(String municipality, int year, PopulationBasis basis, String sex) {
    }

    public DenominatorBasis(Connection connection) {
        this.connection = connection;
    }

    /** The population behind a row of a rate indicator; empty when the indicator is no rate or none was found. */
    public Optional<PopulationDenominator> forRow(IndicatorSpec spec, RawIndicatorRow row) {
        if (spec.population().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> sex = Optional.ofNullable(Breakdown.parse(row.breakdown()).get("sex"));
        if (sex.isPresent() && !SEXES_WITH_POPULATION.contains(sex.get())) {
            return Optional.empty();
        }
        return find(row.municipality(), Period.parse(row.period()), spec.population().get(), sex.orElse("T"));
    }

    /** The population for a municipality, period, basis and sex ({@code T}, {@code K} or {@code M}). */
    public Optional<PopulationDenominator> find(String municipality, Period period, PopulationBasis basis, String sex) {
        return found.computeIfAbsent(new Key(municipality, period.year(), basis, sex),
                key -> query(municipality, period, basis, sex));
    }

    private Optional<PopulationDenominator> query(String municipality, Period period, PopulationBasis basis, String sex) {
        String wanted = basis.ageGroup();
        try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setString(1, municipality);
            statement.setString(2, sex);
            statement.setInt(3, period.year());
            statement.setString(4, wanted);
            statement.setString(5, basis.fallback().orElse(wanted));
            statement.setString(6, wanted);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                String ageGroup = result.getString(1);
                return Optional.of(new PopulationDenominator(ageGroup, !ageGroup.equals(wanted), sex,
                        result.getInt(2), result.getLong(3), result.getBoolean(4), result.getString(5)));
            }
        } catch (SQLException e) {
            throw new IndicatorQueryException("Could not read the population from ref.population: "
                    + e.getMessage(), e);
        }
    }
}
