package se.vinr.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.batch.UserFacingException;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.load.Migrations;
import se.vinr.core.ProjectFiles;
import se.vinr.load.Warehouse;
import se.vinr.publish.Publication;
import se.vinr.publish.PublicationWriter;
import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.DataQuality;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Language;
import se.vinr.reports.model.PeerValue;
import se.vinr.reports.model.PlanFollowUp;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.PopulationCount;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.model.ReportModel;
import se.vinr.reports.model.SeriesBreak;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.Unit;

/**
 * A publication written to the ledger tables and read back by the report step is the publication
 * that was written, field for field — nulls, order, hidden cells, a missing plan — and the report step
 * refuses, in one sentence, a half-year nothing was published for.
 */
class PublicationRoundTripTest {

    private static final ProjectFiles SQL = ProjectFiles.of(Path.of("..", "sql"), ProjectFiles.SQL);
    private static final MunicipalityCode MUNICIPALITY = MunicipalityCode.parse("2280");
    private static final Period PERIOD = Period.parse("2025H1");

    @TempDir
    Path dir;

    @Test
    void everyFieldOfAPublicationComesBackAsItWasWritten() throws Exception {
        Publication written = publication(plan());
        try (Warehouse warehouse = migrated()) {
            new PublicationWriter(clock("2026-07-03T08:00:00Z")).write(warehouse, written);

            Publication read = new PublicationReader(warehouse.connection(), MUNICIPALITY, PERIOD).read();

            assertThat(read).isEqualTo(written);
        }
    }

    @Test
    void aPublicationOfMoreCellsThanOneInsertStatementTakesComesBackWholeAndInOrder() throws Exception {
        Publication small = publication(null);
        List<IndicatorValue> many = new java.util.ArrayList<>();
        for (int i = 0; i < 451; i++) {
            many.add(new IndicatorValue("2280", "2025H1", "screening_rate", "unit=" + i, i % 7 == 0 ? null : (double) i,
                    1000.0 + i, i % 7 == 0 ? null : i / 10.0, Unit.PERCENT, null, null, "", null,
                    Comparison.NOT_COMPARED, i % 7 == 0));
        }
        Publication written = new Publication(small.municipality(), small.municipalityName(), small.period(),
                small.periods(), small.definitions(), many, small.trends(), small.peers(), small.sources(),
                small.seriesBreaks(), small.dataQuality(), null, small.suppressionThreshold(), small.confidenceLevel(),
                small.groupNames(), small.population(), small.synthetic());
        try (Warehouse warehouse = migrated()) {
            new PublicationWriter(clock("2026-07-03T08:00:00Z")).write(warehouse, written);

            assertThat(new PublicationReader(warehouse.connection(), MUNICIPALITY, PERIOD).read().values())
                    .containsExactlyElementsOf(many);
        }
    }

    @Test
    void aPublicationWithoutAPlanHasNoneWhenReadBack() throws Exception {
        try (Warehouse warehouse = migrated()) {
            new PublicationWriter(clock("2026-07-03T08:00:00Z")).write(warehouse, publication(null));

            assertThat(new PublicationReader(warehouse.connection(), MUNICIPALITY, PERIOD).read().plan()).isNull();
        }
    }

    @Test
    void publishingAgainReplacesThePublicationAndKeepsTheTimeItWasFirstPublished() throws Exception {
        try (Warehouse warehouse = migrated()) {
            new PublicationWriter(clock("2026-07-03T08:00:00Z")).write(warehouse, publication(plan()));
            new PublicationWriter(clock("2026-07-04T09:30:00Z")).write(warehouse, publication(null));

            assertThat(new PublicationReader(warehouse.connection(), MUNICIPALITY, PERIOD).read())
                    .isEqualTo(publication(null));
            assertThat(single(warehouse, "SELECT count(*) || ' ' || min(first_published_at) FROM mart.publications"))
                    .isEqualTo("1 2026-07-03 08:00:00");
            assertThat(single(warehouse, "SELECT string_agg(published_at::VARCHAR, ', ' ORDER BY published_at) "
                    + "FROM meta.publish_runs")).isEqualTo("2026-07-03 08:00:00, 2026-07-04 09:30:00");
        }
    }

    @Test
    void theReportModelNamesTheCountryInTheReportsLanguageBesideThePublishedGroups() {
        Publication publication = publication(null);

        ReportModel swedish = publication.toReportModel(Language.SV, 3, "1.0", Instant.EPOCH);
        ReportModel english = publication.toReportModel(Language.EN, 3, "1.0", Instant.EPOCH);

        assertThat(swedish.areaNames()).containsEntry("riket", "Riket")
                .containsEntry("kolada:G1", "Liknande kommuner");
        assertThat(english.areaNames()).containsEntry("riket", "Sweden");
        assertThat(english.values()).isEqualTo(publication.values());
        assertThat(english.created()).isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void aHalfYearNothingWasPublishedForIsRefusedWithTheCommandThatPublishesIt() {
        try (Warehouse warehouse = migrated()) {
            assertThatThrownBy(() -> new PublicationReader(warehouse.connection(), MUNICIPALITY, PERIOD).read())
                    .isInstanceOf(UserFacingException.class)
                    .hasMessage("nothing is published for 2280 2025H1; run publish (or run) for that half-year first");
        }
    }

    private Warehouse migrated() {
        Warehouse warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"));
        new Migrations(SQL, clock("2026-07-01T00:00:00Z")).migrate(warehouse);
        return warehouse;
    }

    private static Clock clock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static String single(Warehouse warehouse, String sql) throws Exception {
        try (Statement statement = warehouse.connection().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Publication publication(PlanFollowUp plan) {
        IndicatorDefinition rate = new IndicatorDefinition("new_victims_rate", "Nya våldsutsatta", "New victims",
                "Per 10 000", "Per 10,000", Unit.PER_10000, "nya", "invånare", Polarity.NEITHER, "", "", null, java.util.Set.of(se.vinr.reports.model.ChartHint.RATE_TREND, se.vinr.reports.model.ChartHint.U_CHART));
        IndicatorDefinition share = new IndicatorDefinition("screening_rate", "Frågat om våld", "Asked",
                null, null, Unit.PERCENT, null, null, Polarity.HIGHER_IS_BETTER, "1.1", "Kolada", 90.0, java.util.Set.of());
        List<IndicatorValue> values = List.of(
                new IndicatorValue("2280", "2024H2", "screening_rate", "all", 40.0, 80.0, 50.0, Unit.PERCENT, 39.3,
                        60.7, "riket", 55.5, Comparison.SIMILAR, false),
                new IndicatorValue("2280", "2025H1", "screening_rate", "all", 45.0, 80.0, 56.25, Unit.PERCENT, 45.3,
                        66.7, "", null, Comparison.NOT_COMPARED, false),
                new IndicatorValue("2280", "2025H1", "new_victims_rate", "role=victim;sex=M", null, 10_000.0, null,
                        Unit.PER_10000, null, null, "", null, Comparison.NOT_COMPARED, true));
        List<TrendFinding> trends = List.of(new TrendFinding("screening_rate", "all", 6.25,
                TrendFinding.Significance.NOT_SIGNIFICANT, null, TrendFinding.Significance.NOT_TESTED,
                TrendFinding.Trend.TOO_FEW_POINTS, 2, TrendFinding.ControlSignal.COMMON_CAUSE,
                TrendFinding.GoalAssurance.UNCERTAIN, List.of(
                        new TrendFinding.ControlPoint("2024H2", 50.0, 52.0, 35.3, 68.7,
                                TrendFinding.ControlSignal.COMMON_CAUSE),
                        new TrendFinding.ControlPoint("2025H1", 56.25, 52.0, 35.3, 68.7,
                                TrendFinding.ControlSignal.SPECIAL_CAUSE_HIGH)),
                Map.of("riket", Comparison.SIMILAR, "kolada:G1", Comparison.HIGHER)),
                new TrendFinding("new_victims_rate", "all", null, TrendFinding.Significance.ACROSS_BREAK, null,
                        TrendFinding.Significance.NOT_TESTED, TrendFinding.Trend.NOT_TESTED, 0,
                        TrendFinding.ControlSignal.NOT_ASSESSED, TrendFinding.GoalAssurance.NO_GOAL, List.of(),
                        Map.of()));
        Map<String, Long> reasons = new LinkedHashMap<>();
        reasons.put("ogiltigt personnummer", 7L);
        reasons.put("datum saknas", 5L);
        DataQuality quality = new DataQuality(
                List.of(new DataQuality.FileCounts("cases.csv", 120, 108, 12, reasons),
                        new DataQuality.FileCounts("contacts.csv", 50, 50, 0, Map.of())),
                List.of("training.csv"),
                List.of(new DataQuality.DataWarning("2025H1", "volume_drop", "warning", "färre rader")),
                List.of(new DataQuality.RevisedReference("screening_rate", "riket", "2024", 55.0, null)));
        return new Publication("2280", "Härnösand", "2025H1", List.of("2024H2", "2025H1"), List.of(rate, share),
                values, trends,
                List.of(new PeerValue("new_victims_rate", "2281", "Sundsvall", "2025H1", 12.5, 90_000, "test")),
                List.of(new ReferenceSource("riket", "screening_rate", "Kolada", "2024", null)),
                List.of(new SeriesBreak("2024H2", "all", "nytt system", "new system", "IFO")),
                quality, plan, 5, "95.0", Map.of("kolada:G1", "Liknande kommuner"),
                List.of(new PopulationCount("K", "18-24", 800, 2024), new PopulationCount("M", "18-24", 900, 2024)), true);
    }

    private static PlanFollowUp plan() {
        return new PlanFollowUp("Handlingsplan", "Ingen ska utsättas för våld", List.of(
                new PlanFollowUp.SubGoal("1", "Upptäcka", List.of(
                        new PlanFollowUp.Activity("1.1", "Fråga alla", "IFO", "2025-06-30", "ongoing", false, null),
                        new PlanFollowUp.Activity("1.2", "Utbilda", null, null, null, true, "försenad")),
                        List.of(new PlanFollowUp.PlanIndicator("screening", "Frågat om våld", "screening_rate",
                                "percent", 56.25, "2025H1"))),
                new PlanFollowUp.SubGoal("2", "Skydda", List.of(), List.of(
                        new PlanFollowUp.PlanIndicator("manual", "Handläggare", null, null, null, null)))));
    }
}
