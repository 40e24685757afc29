package se.vinr.publish;

import se.vinr.publish.protection.DecisionMemo;

import java.nio.file.Path;

import se.vinr.indicators.IndicatorCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.publish.protection.CountLinks;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.findings.MainPoint;
import se.vinr.reports.findings.MainPoints;
import se.vinr.reports.findings.TestCount;
import se.vinr.reports.model.DataQuality;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.Language;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.ReportModel;
import se.vinr.reports.model.SeriesBreak;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.Unit;

/**
 * The whole chain from counts to sentences on generated half-yearly series with a known truth, in the
 * way the demo generator scales a period's new cases by a factor: series where nothing changes, a step in
 * the latest half-year, and the same step behind a series break. Counts are Poisson and shares binomial,
 * drawn with a fixed seed.
 */
class GeneratedSeriesClaimsTest {

    private static final List<String> PERIODS = List.of("2021H1", "2021H2", "2022H1", "2022H2", "2023H1", "2023H2",
            "2024H1", "2024H2", "2025H1", "2025H2");
    private static final String LATEST = "2025H2";
    /** Phrases by which a main point claims a real change or difference. */
    private static final List<String> CLAIMS = List.of("större än slumpen", "slumpen inte förklarar", "särskild orsak",
            "än riket");

    private final IndicatorStatistics statistics = new IndicatorStatistics(ConfidenceLevel.NINETY_FIVE, 5, 3,
            CountLinks.of(IndicatorCatalogue.fromDirectory(Path.of("..", "sql"))), DecisionMemo.none());

    private record Series(IndicatorInput input, List<RawValue> raw) {
    }

    private static IndicatorInput input(String id, Unit unit) {
        return new IndicatorInput(new IndicatorDefinition(id, "Serie " + id, "Series " + id, "", "", unit, "", "",
                Polarity.NEITHER, "", "", null, java.util.Set.of()), List.of());
    }

    /** A series of Poisson counts with mean {@code mean × factor(period)}, or of binomial shares. */
    private static Series generate(String id, int kind, Random random, Map<String, Double> factors) {
        Unit unit = kind == 0 ? Unit.COUNT : kind == 1 ? Unit.PERCENT : Unit.PER_10000;
        List<RawValue> raw = new ArrayList<>();
        for (String period : PERIODS) {
            double factor = factors.getOrDefault(period, 1.0);
            raw.add(switch (unit) {
                case COUNT -> new RawValue(id, period, "all", (double) poisson(40 * factor, random), null, null);
                case PERCENT -> new RawValue(id, period, "all", (double) binomial(150, Math.min(1, 0.5 * factor), random),
                        150.0, null);
                default -> new RawValue(id, period, "all", (double) poisson(30 * factor, random), 20_000.0, null);
            });
        }
        return new Series(input(id, unit), raw);
    }

    private static long poisson(double mean, Random random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static long binomial(int trials, double p, Random random) {
        long successes = 0;
        for (int i = 0; i < trials; i++) {
            successes += random.nextDouble() < p ? 1 : 0;
        }
        return successes;
    }

    private ReportModel report(List<Series> series, Map<String, String> start, List<SeriesBreak> breaks) {
        List<IndicatorInput> inputs = series.stream().map(Series::input).toList();
        List<RawValue> raw = series.stream().flatMap(s -> s.raw().stream()).toList();
        IndicatorStatistics.Result result = statistics.compute("2280", inputs, raw, PERIODS, start,
                ReferenceFigures.none());
        return new ReportModel(Language.SV, "2280", "Prov", LATEST, PERIODS,
                inputs.stream().map(IndicatorInput::definition).toList(), result.values(), result.trends(), List.of(),
                List.of(), breaks, new DataQuality(List.of(), List.of(), List.of(), List.of()), null, 5, 3, "95", "test",
                "2026-01-01T00:00:00Z", Map.of(), List.of());
    }

    private static List<MainPoint> claims(ReportModel model, String indicator) {
        return new MainPoints(new ReportFacts(model)).points().stream()
                .filter(p -> indicator == null || p.indicator().equals(indicator))
                .filter(p -> CLAIMS.stream().anyMatch(p.sentence()::contains)).toList();
    }

    /**
     * Fifty reports of twenty series where nothing changes: the false claims among the main points stay
     * within what the method section documents (0.2 % per change, trend or comparison test, 2 % per control
     * chart), where the unadjusted 95 % level would give about five times as many.
     */
    @Test
    void twentyNullSeriesGiveNoMoreFalseClaimsThanDocumented() {
        Random random = new Random(20261207L);
        int falseClaims = 0;
        double documented = 0;
        for (int report = 0; report < 50; report++) {
            List<Series> series = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                series.add(generate("null_" + i, i % 3, random, Map.of()));
            }
            ReportModel model = report(series, Map.of(), List.of());
            falseClaims += claims(model, null).size();
            documented += TestCount.of(new ReportFacts(model)).expectedFalseClaims();
        }

        // The documented policy: per null series two change tests and a trend test at 99.8 %, and a chart.
        double perSeries = 3 * (1 - 0.998) + TestCount.CHART_FALSE_ALARM;
        assertThat(documented).isBetween(10.0, 50 * 20 * perSeries);
        assertThat((double) falseClaims).isLessThanOrEqualTo(documented);
        assertThat(falseClaims).isLessThanOrEqualTo((int) Math.round(50 * 20 * perSeries));
    }

    /** A doubling in the latest half-year, within one unbroken run, is found and claimed. */
    @Test
    void aRealStepWithinOneRunIsFound() {
        Random random = new Random(7L);
        int found = 0;
        for (int replicate = 0; replicate < 40; replicate++) {
            Series step = generate("step", replicate % 3, random, Map.of(LATEST, 2.0));
            if (!claims(report(List.of(step), Map.of(), List.of()), "step").isEmpty()) {
                found++;
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(38);
    }

    /** The same doubling right after a series break is never claimed; the sentence names the break. */
    @Test
    void noClaimIsMadeAcrossABreak() {
        Random random = new Random(7L);
        SeriesBreak reform = new SeriesBreak(LATEST, "step", "Ny lag trädde i kraft. Insatser registreras annorlunda.",
                "A new act entered into force. Interventions are recorded differently.", "https://example.org");
        for (int replicate = 0; replicate < 40; replicate++) {
            Series step = generate("step", replicate % 3, random, Map.of(LATEST, 2.0));
            ReportModel model = report(List.of(step), Map.of("step", LATEST), List.of(reform));

            assertThat(claims(model, "step")).isEmpty();
            TrendFinding finding = model.trends().get(0);
            assertThat(finding.previousChange()).isEqualTo(TrendFinding.Significance.ACROSS_BREAK);
            assertThat(new MainPoints(new ReportFacts(model)).points()).extracting(MainPoint::sentence)
                    .anyMatch(s -> s.contains("går inte att göra, eftersom serien bröts andra halvåret 2025"));
        }
    }
}
