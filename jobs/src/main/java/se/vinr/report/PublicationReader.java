package se.vinr.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.vinr.batch.UserFacingException;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.publish.Publication;
import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.DataQuality;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.PeerValue;
import se.vinr.reports.model.PlanFollowUp;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.PopulationCount;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.model.SeriesBreak;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.Unit;

/**
 * Reads one publication back from the ledger tables ({@code mart.*}, written by the publish step's
 * {@code PublicationWriter}): the report step's only source, so it renders exactly what was published
 * and computes nothing.
 */
final class PublicationReader {

    private final Connection connection;
    private final MunicipalityCode municipality;
    private final Period period;

    PublicationReader(Connection connection, MunicipalityCode municipality, Period period) {
        this.connection = connection;
        this.municipality = municipality;
        this.period = period;
    }

    private static java.util.Set<se.vinr.reports.model.ChartHint> chartHints(String text) {
        return text == null || text.isEmpty() ? java.util.Set.of()
                : java.util.Arrays.stream(text.split(",")).map(se.vinr.reports.model.ChartHint::valueOf)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    Publication read() throws SQLException {
        List<Row> header = rows("SELECT municipality_name, suppression_threshold, confidence_level, synthetic "
                + "FROM mart.publications");
        if (header.isEmpty()) {
            throw new UserFacingException("nothing is published for " + municipality + " " + period
                    + "; run publish (or run) for that half-year first");
        }
        Row publication = header.get(0);
        List<String> periods = rows("SELECT period FROM mart.publication_periods ORDER BY period").stream()
                .map(r -> r.text(1)).toList();
        List<IndicatorDefinition> definitions = rows("SELECT indicator, title_sv, title_en, description_sv, "
                + "description_en, unit, numerator_definition, denominator_definition, polarity, sub_goal, "
                + "reference_source, goal, charts FROM mart.indicator_definitions ORDER BY ordinal").stream()
                .map(r -> new IndicatorDefinition(r.text(1), r.text(2), r.text(3), r.text(4), r.text(5),
                        Unit.fromCode(r.text(6)), r.text(7), r.text(8), Polarity.valueOf(r.text(9)), r.text(10),
                        r.text(11), r.number(12), chartHints(r.text(13)))).toList();
        List<IndicatorValue> values = rows("SELECT period, indicator, breakdown, numerator, denominator, value, "
                + "unit, ci_low, ci_high, reference_area, reference_value, comparison, suppressed, revised "
                + "FROM mart.published_cells ORDER BY ordinal").stream()
                .map(r -> new IndicatorValue(municipality.code(), r.text(1), r.text(2), r.text(3), r.number(4),
                        r.number(5), r.number(6), Unit.fromCode(r.text(7)), r.number(8), r.number(9), r.text(10),
                        r.number(11), Comparison.fromCode(r.text(12)), (Boolean) r.object(13),
                        (Boolean) r.object(14))).toList();
        List<TrendFinding> trends = trends();
        List<PeerValue> peers = rows("SELECT indicator, peer_municipality, peer_name, period, value, denominator, "
                + "source FROM mart.peer_values ORDER BY ordinal").stream()
                .map(r -> new PeerValue(r.text(1), r.text(2), r.text(3), r.text(4), r.number(5), r.number(6),
                        r.text(7))).toList();
        List<ReferenceSource> sources = rows("SELECT reference_area, indicator, source, years, note "
                + "FROM mart.reference_sources ORDER BY ordinal").stream()
                .map(r -> new ReferenceSource(r.text(1), r.text(2), r.text(3), r.text(4), r.text(5))).toList();
        List<SeriesBreak> breaks = rows("SELECT period, scope, description_sv, description_en, source "
                + "FROM mart.series_breaks ORDER BY ordinal").stream()
                .map(r -> new SeriesBreak(r.text(1), r.text(2), r.text(3), r.text(4), r.text(5))).toList();
        Map<String, String> groupNames = new LinkedHashMap<>();
        rows("SELECT area, name FROM mart.reference_areas ORDER BY area")
                .forEach(r -> groupNames.put(r.text(1), r.text(2)));
        List<PopulationCount> population = rows("SELECT sex, age_band, inhabitants, year FROM mart.population "
                + "ORDER BY sex, age_band").stream()
                .map(r -> new PopulationCount(r.text(1), r.text(2), ((Number) r.object(3)).longValue(),
                        ((Number) r.object(4)).intValue())).toList();
        return new Publication(municipality.code(), publication.text(1), period.toString(), periods, definitions,
                values, trends, peers, sources, breaks, dataQuality(), plan(),
                ((Number) publication.object(2)).intValue(), publication.text(3), groupNames, population,
                (Boolean) publication.object(4));
    }

    private List<TrendFinding> trends() throws SQLException {
        Map<String, List<TrendFinding.ControlPoint>> charts = new LinkedHashMap<>();
        for (Row r : rows("SELECT indicator, breakdown, period, value, centre, lower_limit, upper_limit, variation "
                + "FROM mart.control_chart_points ORDER BY indicator, breakdown, ordinal")) {
            charts.computeIfAbsent(r.text(1) + "|" + r.text(2), k -> new ArrayList<>()).add(
                    new TrendFinding.ControlPoint(r.text(3), r.number(4), r.number(5), r.number(6), r.number(7),
                            TrendFinding.ControlSignal.valueOf(r.text(8))));
        }
        Map<String, Map<String, Comparison>> flags = new LinkedHashMap<>();
        for (Row r : rows("SELECT indicator, breakdown, reference_area, comparison FROM mart.trend_flag_comparisons "
                + "ORDER BY indicator, breakdown, reference_area")) {
            flags.computeIfAbsent(r.text(1) + "|" + r.text(2), k -> new LinkedHashMap<>())
                    .put(r.text(3), Comparison.fromCode(r.text(4)));
        }
        return rows("SELECT indicator, breakdown, change_from_previous, previous_change, change_from_year_earlier, "
                + "year_earlier_change, trend, unbroken_points, control_signal, goal_assurance "
                + "FROM mart.trends ORDER BY ordinal").stream()
                .map(r -> new TrendFinding(r.text(1), r.text(2), r.number(3),
                        TrendFinding.Significance.valueOf(r.text(4)), r.number(5),
                        TrendFinding.Significance.valueOf(r.text(6)), TrendFinding.Trend.valueOf(r.text(7)),
                        ((Number) r.object(8)).intValue(), TrendFinding.ControlSignal.valueOf(r.text(9)),
                        TrendFinding.GoalAssurance.valueOf(r.text(10)),
                        charts.getOrDefault(r.text(1) + "|" + r.text(2), List.of()),
                        flags.getOrDefault(r.text(1) + "|" + r.text(2), Map.of()))).toList();
    }

    private DataQuality dataQuality() throws SQLException {
        Map<String, Map<String, Long>> rejects = new LinkedHashMap<>();
        for (Row r : rows("SELECT file, reason, rows_rejected FROM mart.quality_rejects ORDER BY file, ordinal")) {
            rejects.computeIfAbsent(r.text(1), f -> new LinkedHashMap<>()).put(r.text(2), r.whole(3));
        }
        List<DataQuality.FileCounts> files = rows("SELECT file, rows_read, rows_written, rows_rejected "
                + "FROM mart.quality_files ORDER BY ordinal").stream()
                .map(r -> new DataQuality.FileCounts(r.text(1), r.whole(2), r.whole(3), r.whole(4),
                        rejects.getOrDefault(r.text(1), Map.of()))).toList();
        List<String> missing = rows("SELECT file FROM mart.quality_missing_files ORDER BY ordinal").stream()
                .map(r -> r.text(1)).toList();
        List<DataQuality.DataWarning> warnings = rows("SELECT period, check_name, severity, message "
                + "FROM mart.quality_warnings ORDER BY ordinal").stream()
                .map(r -> new DataQuality.DataWarning(r.text(1), r.text(2), r.text(3), r.text(4))).toList();
        List<DataQuality.RevisedReference> revised = rows("SELECT indicator, area, year, value_before, value_after "
                + "FROM mart.quality_revised_references ORDER BY ordinal").stream()
                .map(r -> new DataQuality.RevisedReference(r.text(1), r.text(2), r.text(3), r.number(4),
                        r.number(5))).toList();
        return new DataQuality(files, missing, warnings, revised);
    }

    /** The plan follow-up, or null when the publication had no plan. */
    private PlanFollowUp plan() throws SQLException {
        List<Row> plan = rows("SELECT title, vision FROM mart.plan_follow_up");
        if (plan.isEmpty()) {
            return null;
        }
        Map<String, List<PlanFollowUp.Activity>> activities = new LinkedHashMap<>();
        for (Row r : rows("SELECT sub_goal, activity, text, responsible, due, status, overdue, comment "
                + "FROM mart.plan_activities ORDER BY sub_goal, ordinal")) {
            activities.computeIfAbsent(r.text(1), g -> new ArrayList<>()).add(new PlanFollowUp.Activity(r.text(2),
                    r.text(3), r.text(4), r.text(5), r.text(6), (Boolean) r.object(7), r.text(8)));
        }
        Map<String, List<PlanFollowUp.PlanIndicator>> indicators = new LinkedHashMap<>();
        for (Row r : rows("SELECT sub_goal, plan_indicator, title, computed_indicator, unit, latest_value, "
                + "latest_period FROM mart.plan_indicators ORDER BY sub_goal, ordinal")) {
            indicators.computeIfAbsent(r.text(1), g -> new ArrayList<>()).add(new PlanFollowUp.PlanIndicator(
                    r.text(2), r.text(3), r.text(4), r.text(5), r.number(6), r.text(7)));
        }
        List<PlanFollowUp.SubGoal> goals = rows("SELECT sub_goal, title FROM mart.plan_sub_goals ORDER BY ordinal")
                .stream().map(r -> new PlanFollowUp.SubGoal(r.text(1), r.text(2),
                        activities.getOrDefault(r.text(1), List.of()), indicators.getOrDefault(r.text(1), List.of())))
                .toList();
        return new PlanFollowUp(plan.get(0).text(1), plan.get(0).text(2), goals);
    }

    /**
     * The rows of a query on one ledger table, restricted to this publication: {@code sql} is a
     * {@code SELECT … FROM mart.<table>} with an optional {@code ORDER BY}.
     */
    private List<Row> rows(String sql) throws SQLException {
        int order = sql.indexOf(" ORDER BY ");
        String restricted = (order < 0 ? sql : sql.substring(0, order))
                + " WHERE municipality = ? AND report_period = ?" + (order < 0 ? "" : sql.substring(order));
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(restricted)) {
            statement.setString(1, municipality.code());
            statement.setString(2, period.toString());
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] values = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        values[i] = rs.getObject(i + 1);
                    }
                    rows.add(new Row(values));
                }
            }
        }
        return rows;
    }

    /** One result row, columns numbered from 1 as in JDBC. */
    private record Row(Object[] values) {

        Object object(int column) {
            return values[column - 1];
        }

        String text(int column) {
            Object value = object(column);
            return value == null ? null : value.toString();
        }

        Double number(int column) {
            Object value = object(column);
            return value == null ? null : ((Number) value).doubleValue();
        }

        long whole(int column) {
            return ((Number) object(column)).longValue();
        }
    }
}
