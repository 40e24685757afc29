package se.vinr.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import se.vinr.load.Warehouse;
import se.vinr.reports.model.DataQuality;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.PeerValue;
import se.vinr.reports.model.PlanFollowUp;
import se.vinr.reports.model.PopulationCount;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.model.SeriesBreak;
import se.vinr.reports.model.TrendFinding;

/**
 * Stores a {@link Publication} in the ledger tables of {@code sql/schema/V009__publication_ledger.sql}:
 * all rows of its (municipality, report period) are replaced in one transaction, so a publish that
 * fails or is killed leaves the previous publication whole, and publishing the same data again gives
 * the same rows. Only the run log {@code meta.publish_runs} records when each run happened; the
 * publication keeps the time it was first published.
 */
public final class PublicationWriter {

    /** Every ledger table holding rows of one publication, besides {@code mart.publications}. */
    private static final List<String> TABLES = List.of("publication_periods", "published_cells", "indicator_definitions",
            "trends", "control_chart_points", "trend_flag_comparisons", "peer_values", "reference_sources", "reference_areas", "series_breaks", "population",
            "quality_files", "quality_rejects", "quality_missing_files", "quality_warnings",
            "quality_revised_references", "plan_follow_up", "plan_sub_goals", "plan_activities", "plan_indicators");

    private final Clock clock;

    public PublicationWriter(Clock clock) {
        this.clock = clock;
    }

    /** Replaces the publication's rows; returns the number of published cells. */
    public int write(Warehouse warehouse, Publication publication) {
        return warehouse.inTransaction(connection -> {
            Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
            Timestamp first = firstPublished(connection, publication).orElse(now);
            for (String table : Stream.concat(Stream.of("publications"), TABLES.stream()).toList()) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM mart." + table
                        + " WHERE municipality = ? AND report_period = ?")) {
                    delete.setString(1, publication.municipality());
                    delete.setString(2, publication.period());
                    delete.executeUpdate();
                }
            }
            Rows rows = new Rows(connection, publication);
            rows.insert("publications", List.of("municipality_name", "suppression_threshold", "confidence_level",
                    "first_published_at", "synthetic"), List.<Object[]>of(new Object[] {publication.municipalityName(),
                    publication.suppressionThreshold(), publication.confidenceLevel(), first, publication.synthetic()}));
            rows.insert("publication_periods", List.of("period"),
                    publication.periods().stream().map(p -> new Object[] {p}).toList());
            rows.insert("published_cells", List.of("ordinal", "indicator", "breakdown", "period", "reference_area",
                    "unit", "numerator", "denominator", "value", "ci_low", "ci_high", "reference_value", "comparison",
                    "suppressed"), numbered(publication.values(), PublicationWriter::cell));
            markRevised(connection, publication);
            rows.insert("indicator_definitions", List.of("ordinal", "indicator", "title_sv", "title_en",
                    "description_sv", "description_en", "unit", "numerator_definition", "denominator_definition",
                    "polarity", "sub_goal", "reference_source", "goal", "charts"),
                    numbered(publication.definitions(), PublicationWriter::definition));
            rows.insert("trends", List.of("ordinal", "indicator", "breakdown", "change_from_previous",
                    "previous_change", "change_from_year_earlier", "year_earlier_change", "trend", "unbroken_points",
                    "control_signal", "goal_assurance"), numbered(publication.trends(), PublicationWriter::trend));
            writeTrendDetails(rows, publication.trends());
            rows.insert("peer_values", List.of("ordinal", "indicator", "peer_municipality", "peer_name", "period",
                    "value", "denominator", "source"), numbered(publication.peers(), PublicationWriter::peer));
            rows.insert("reference_sources", List.of("ordinal", "reference_area", "indicator", "source", "years",
                    "note"), numbered(publication.sources(), PublicationWriter::source));
            rows.insert("reference_areas", List.of("area", "name"), publication.groupNames().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
            rows.insert("series_breaks", List.of("ordinal", "period", "scope", "description_sv", "description_en",
                    "source"), numbered(publication.seriesBreaks(), PublicationWriter::seriesBreak));
            rows.insert("population", List.of("sex", "age_band", "inhabitants", "year"),
                    publication.population().stream().map(PublicationWriter::population).toList());
            writeQuality(rows, publication.dataQuality());
            if (publication.plan() != null) {
                writePlan(rows, publication.plan());
            }
            try (PreparedStatement log = connection.prepareStatement(
                    "INSERT INTO meta.publish_runs VALUES (?, ?, ?, ?)")) {
                log.setString(1, publication.municipality());
                log.setString(2, publication.period());
                log.setTimestamp(3, now);
                log.setLong(4, publication.values().size());
                log.executeUpdate();
            }
            return publication.values().size();
        });
    }

    /**
     * Marks each shown cell that differs from its first publication (an earlier report period's; the view
     * gives this one's own cell when it is the first, which then differs from nothing).
     */
    private static void markRevised(Connection connection, Publication publication) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE mart.published_cells AS c SET revised = true
                FROM mart.first_published_cells AS f
                WHERE c.municipality = ? AND c.report_period = ? AND NOT c.suppressed AND NOT f.suppressed
                  AND f.municipality = c.municipality AND f.indicator = c.indicator AND f.breakdown = c.breakdown
                  AND f.period = c.period AND f.reference_area = c.reference_area
                  AND (c.numerator IS DISTINCT FROM f.numerator OR c.denominator IS DISTINCT FROM f.denominator
                       OR c.value IS DISTINCT FROM f.value)""")) {
            update.setString(1, publication.municipality());
            update.setString(2, publication.period());
            update.executeUpdate();
        }
    }

    private static Optional<Timestamp> firstPublished(Connection connection, Publication publication)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT first_published_at FROM mart.publications "
                + "WHERE municipality = ? AND report_period = ?")) {
            select.setString(1, publication.municipality());
            select.setString(2, publication.period());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1)) : Optional.empty();
            }
        }
    }

    private static void writeTrendDetails(Rows rows, List<TrendFinding> trends) throws SQLException {
        List<Object[]> points = new ArrayList<>();
        List<Object[]> comparisons = new ArrayList<>();
        for (TrendFinding trend : trends) {
            int ordinal = 0;
            for (TrendFinding.ControlPoint p : trend.controlChart()) {
                points.add(new Object[] {trend.indicator(), trend.breakdown(), ordinal++, p.period(), p.value(),
                        p.centre(), p.lower(), p.upper(), p.variation().name()});
            }
            trend.flagComparisons().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(c -> comparisons.add(new Object[] {trend.indicator(), trend.breakdown(), c.getKey(),
                            c.getValue().code()}));
        }
        rows.insert("control_chart_points", List.of("indicator", "breakdown", "ordinal", "period", "value", "centre",
                "lower_limit", "upper_limit", "variation"), points);
        rows.insert("trend_flag_comparisons", List.of("indicator", "breakdown", "reference_area", "comparison"),
                comparisons);
    }

    private static void writeQuality(Rows rows, DataQuality quality) throws SQLException {
        rows.insert("quality_files", List.of("ordinal", "file", "rows_read", "rows_written", "rows_rejected"),
                numbered(quality.files(), f -> new Object[] {f.file(), f.read(), f.written(), f.rejected()}));
        List<Object[]> rejects = new ArrayList<>();
        for (DataQuality.FileCounts file : quality.files()) {
            int ordinal = 0;
            for (Map.Entry<String, Long> reason : file.rejectedByReason().entrySet()) {
                rejects.add(new Object[] {file.file(), ordinal++, reason.getKey(), reason.getValue()});
            }
        }
        rows.insert("quality_rejects", List.of("file", "ordinal", "reason", "rows_rejected"), rejects);
        rows.insert("quality_missing_files", List.of("ordinal", "file"),
                numbered(quality.missingFiles(), f -> new Object[] {f}));
        rows.insert("quality_warnings", List.of("ordinal", "period", "check_name", "severity", "message"),
                numbered(quality.warnings(), w -> new Object[] {w.period(), w.check(), w.severity(), w.message()}));
        rows.insert("quality_revised_references", List.of("ordinal", "indicator", "area", "year", "value_before",
                "value_after"), numbered(quality.revisedReferences(),
                r -> new Object[] {r.indicator(), r.area(), r.year(), r.before(), r.after()}));
    }

    private static void writePlan(Rows rows, PlanFollowUp plan) throws SQLException {
        rows.insert("plan_follow_up", List.of("title", "vision"),
                List.<Object[]>of(new Object[] {plan.title(), plan.vision()}));
        rows.insert("plan_sub_goals", List.of("ordinal", "sub_goal", "title"),
                numbered(plan.subGoals(), g -> new Object[] {g.id(), g.title()}));
        List<Object[]> activities = new ArrayList<>();
        List<Object[]> indicators = new ArrayList<>();
        for (PlanFollowUp.SubGoal goal : plan.subGoals()) {
            int ordinal = 0;
            for (PlanFollowUp.Activity a : goal.activities()) {
                activities.add(new Object[] {goal.id(), ordinal++, a.id(), a.text(), a.responsible(), a.due(),
                        a.status(), a.overdue(), a.comment()});
            }
            ordinal = 0;
            for (PlanFollowUp.PlanIndicator i : goal.indicators()) {
                indicators.add(new Object[] {goal.id(), ordinal++, i.id(), i.title(), i.computedIndicator(), i.unit(),
                        i.latestValue(), i.latestPeriod()});
            }
        }
        rows.insert("plan_activities", List.of("sub_goal", "ordinal", "activity", "text", "responsible", "due",
                "status", "overdue", "comment"), activities);
        rows.insert("plan_indicators", List.of("sub_goal", "ordinal", "plan_indicator", "title",
                "computed_indicator", "unit", "latest_value", "latest_period"), indicators);
    }

    private static Object[] cell(IndicatorValue v) {
        return new Object[] {v.indicator(), v.breakdown(), v.period(), v.referenceArea(), v.unit().code(),
                v.numerator(), v.denominator(), v.value(), v.ciLow(), v.ciHigh(), v.referenceValue(),
                v.comparison().code(), v.suppressed()};
    }

    private static Object[] definition(IndicatorDefinition d) {
        return new Object[] {d.id(), d.titleSv(), d.titleEn(), d.descriptionSv(), d.descriptionEn(), d.unit().code(),
                d.numeratorDefinition(), d.denominatorDefinition(), d.polarity().name(), d.subGoal(),
                d.referenceSource(), d.goal(),
                d.charts().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","))};
    }

    private static Object[] trend(TrendFinding t) {
        return new Object[] {t.indicator(), t.breakdown(), t.changeFromPrevious(), t.previousChange().name(),
                t.changeFromYearEarlier(), t.yearEarlierChange().name(), t.trend().name(), t.unbrokenPoints(),
                t.controlSignal().name(), t.goalAssurance().name()};
    }

    private static Object[] peer(PeerValue p) {
        return new Object[] {p.indicator(), p.municipalityCode(), p.municipalityName(), p.period(), p.value(),
                p.denominator(), p.source()};
    }

    private static Object[] source(ReferenceSource s) {
        return new Object[] {s.referenceArea(), s.indicator(), s.source(), s.year(), s.note()};
    }

    private static Object[] seriesBreak(SeriesBreak b) {
        return new Object[] {b.period(), b.scope(), b.descriptionSv(), b.descriptionEn(), b.source()};
    }

    private static Object[] population(PopulationCount p) {
        return new Object[] {p.sex(), p.ageBand(), p.inhabitants(), p.year()};
    }

    /** Each item's columns after its 0-based position, which keeps the report's order. */
    private static <T> List<Object[]> numbered(List<T> items, Function<T, Object[]> columns) {
        List<Object[]> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object[] values = columns.apply(items.get(i));
            Object[] row = new Object[values.length + 1];
            row[0] = i;
            System.arraycopy(values, 0, row, 1, values.length);
            rows.add(row);
        }
        return rows;
    }

    /** Inserts rows into a ledger table, each prefixed by the publication's key ({@link ManyRowInsert}). */
    private record Rows(Connection connection, Publication publication) {

        void insert(String table, List<String> columns, List<Object[]> rows) throws SQLException {
            List<String> keyed = new ArrayList<>(List.of("municipality", "report_period"));
            keyed.addAll(columns);
            List<Object[]> prefixed = new ArrayList<>(rows.size());
            for (Object[] values : rows) {
                Object[] row = new Object[values.length + 2];
                row[0] = publication.municipality();
                row[1] = publication.period();
                System.arraycopy(values, 0, row, 2, values.length);
                prefixed.add(row);
            }
            ManyRowInsert.insert(connection, "mart." + table, keyed, prefixed);
        }
    }
}
