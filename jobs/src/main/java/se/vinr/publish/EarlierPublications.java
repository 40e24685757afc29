package se.vinr.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.publish.protection.PublicationProtection.CellIds;

/**
 * The revision rule (docs/contract.md §6): what earlier publications in the ledger ({@code mart.published_cells})
 * require of a publication that shows their half-years again. Only publications of earlier report periods
 * count, each cell as the first of them published it, so publishing the same report again compares with
 * the same figures and never with itself.
 *
 * <ul>
 *   <li>a count hidden in any earlier publication stays hidden (the simplest rule that the earlier hiding
 *       pattern and this one cannot together give away);</li>
 *   <li>a count that has changed since its first publication by 1 to threshold − 1 is hidden: beside the
 *       figure the reader already has, the new one would tell the small difference (one late-registered
 *       victim) by subtraction;</li>
 *   <li>a count unchanged, or changed by the threshold or more, is shown (the writer marks the changed one
 *       {@code revised}).</li>
 * </ul>
 * The cells returned are hidden by {@link se.vinr.publish.protection.SmallNumberProtection} and protected
 * like small counts, so that their sums and the audit do not give them away either. A zero is always shown.
 */
final class EarlierPublications {

    private record First(Double numerator, Double denominator, boolean hidden, boolean denominatorHidden) {
    }

    private final Map<String, First> first;
    private final int threshold;

    private EarlierPublications(Map<String, First> first, int threshold) {
        this.first = first;
        this.threshold = threshold;
    }

    /** The ledger's cells of the municipality's publications of report periods before {@code period}. */
    static EarlierPublications read(Connection connection, MunicipalityCode municipality, Period period,
                                    int threshold) throws SQLException {
        Map<String, First> first = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                WITH earlier AS (
                    SELECT * FROM mart.published_cells WHERE municipality = ? AND report_period < ?),
                firsts AS (
                    SELECT indicator, breakdown, period, min(report_period) AS first_report FROM earlier GROUP BY ALL)
                SELECT e.indicator, e.breakdown, e.period,
                       max(e.numerator) FILTER (WHERE e.report_period = f.first_report),
                       max(e.denominator) FILTER (WHERE e.report_period = f.first_report),
                       bool_or(e.suppressed),
                       bool_or(e.suppressed AND e.denominator IS NULL)
                FROM earlier e JOIN firsts f USING (indicator, breakdown, period)
                GROUP BY e.indicator, e.breakdown, e.period""")) {
            select.setString(1, municipality.code());
            select.setString(2, period.toString());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    first.put(CellIds.base(rs.getString(1), rs.getString(3), rs.getString(2)),
                            new First(rs.getObject(4) == null ? null : rs.getDouble(4),
                                    rs.getObject(5) == null ? null : rs.getDouble(5), rs.getBoolean(6), rs.getBoolean(7)));
                }
            }
        }
        return new EarlierPublications(first, threshold);
    }

    /** The count cells ({@link CellIds}) of {@code raw} that the rule hides; sorted, so runs agree. */
    Set<String> hiddenCells(List<RawValue> raw) {
        Set<String> hidden = new TreeSet<>();
        for (RawValue row : raw) {
            First before = first.get(CellIds.base(row.indicator(), row.period(), row.breakdown()));
            if (before == null) {
                continue;
            }
            if (before.hidden() || smallChange(before.numerator(), row.numerator())) {
                hidden.add(CellIds.numerator(row));
            }
            if (before.denominatorHidden() || smallChange(before.denominator(), row.denominator())) {
                hidden.add(CellIds.denominator(row));
            }
        }
        return hidden;
    }

    private boolean smallChange(Double published, Double now) {
        if (published == null || now == null) {
            return false;
        }
        long difference = Math.abs(Math.round(now) - Math.round(published));
        return difference >= 1 && difference < threshold;
    }
}
