package se.vinr.indicators;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import se.vinr.reports.model.Breakdown;

/**
 * Runs the catalogue's queries against the warehouse and checks that each returns the agreed shape:
 * the six columns in order, a valid breakdown, and one row per municipality, period and breakdown.
 */
public final class IndicatorRunner {

    /** The columns every indicator query returns, in this order. */
    public static final List<String> COLUMNS =
            List.of("municipality", "period", "breakdown", "numerator", "denominator", "value");

    private static final Comparator<RawIndicatorRow> ORDER = Comparator
            .comparing(RawIndicatorRow::municipality)
            .thenComparing(RawIndicatorRow::period)
            .thenComparing(r -> !r.breakdown().equals(Breakdown.ALL_TEXT))
            .thenComparing(RawIndicatorRow::breakdown);

    private final IndicatorCatalogue catalogue;

    public IndicatorRunner(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Every indicator for every loaded municipality and period. */
    public List<RawIndicatorRow> run(Connection connection) {
        return runAll(connection, Optional.empty());
    }

    /** Every indicator for every loaded period of one municipality. */
    public List<RawIndicatorRow> run(Connection connection, String municipality) {
        return runAll(connection, Optional.of(municipality));
    }

    /** One indicator, for one municipality or (empty) all; rows sorted by municipality, period, breakdown. */
    public List<RawIndicatorRow> run(Connection connection, IndicatorSpec spec, Optional<String> municipality) {
        String sql = municipality.isPresent()
                ? "SELECT * FROM (\n" + spec.sql() + "\n) AS indicator_rows WHERE municipality = ?"
                : spec.sql();
        List<RawIndicatorRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (municipality.isPresent()) {
                statement.setString(1, municipality.get());
            }
            try (ResultSet result = statement.executeQuery()) {
                checkColumns(spec, result.getMetaData());
                Set<String> seen = new HashSet<>();
                while (result.next()) {
                    RawIndicatorRow row = new RawIndicatorRow(spec.id(), result.getString(1), result.getString(2),
                            result.getString(3), number(result, 4), number(result, 5), number(result, 6));
                    check(spec, row, seen);
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw new IndicatorQueryException("The indicator query " + spec.file() + " failed: " + e.getMessage(), e);
        }
        rows.sort(ORDER);
        return List.copyOf(rows);
    }

    private List<RawIndicatorRow> runAll(Connection connection, Optional<String> municipality) {
        List<RawIndicatorRow> rows = new ArrayList<>();
        for (IndicatorSpec spec : catalogue.specs()) {
            rows.addAll(run(connection, spec, municipality));
        }
        return List.copyOf(rows);
    }

    private static void checkColumns(IndicatorSpec spec, ResultSetMetaData meta) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        if (!columns.equals(COLUMNS)) {
            throw new IndicatorQueryException("The indicator query " + spec.file() + " returns the columns "
                    + columns + "; it must return exactly " + COLUMNS + ".");
        }
    }

    private static void check(IndicatorSpec spec, RawIndicatorRow row, Set<String> seen) {
        if (row.municipality() == null || row.period() == null) {
            throw new IndicatorQueryException("The indicator query " + spec.file()
                    + " returned a row without municipality or period.");
        }
        try {
            Breakdown.parse(row.breakdown());
        } catch (IllegalArgumentException e) {
            throw new IndicatorQueryException("The indicator query " + spec.file() + " returned a bad breakdown: "
                    + e.getMessage() + ".", e);
        }
        if (!seen.add(row.municipality() + '\u0000' + row.period() + '\u0000' + row.breakdown())) {
            throw new IndicatorQueryException("The indicator query " + spec.file() + " returned the breakdown '"
                    + row.breakdown() + "' twice for " + row.municipality() + " " + row.period() + ".");
        }
    }

    private static Double number(ResultSet result, int column) throws SQLException {
        double value = result.getDouble(column);
        return result.wasNull() ? null : value;
    }
}
