package se.vinr.publish;

import se.vinr.publish.protection.CountLinks;
import se.vinr.publish.protection.DecisionMemo;
import se.vinr.publish.protection.PublicationProtection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.vinr.core.Period;
import se.vinr.indicators.stats.ChangeTest;
import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.indicators.stats.ControlChart;
import se.vinr.indicators.stats.ControlChartResult;
import se.vinr.indicators.stats.ControlLimits;
import se.vinr.indicators.stats.GoalAssuranceRule;
import se.vinr.indicators.stats.Interval;
import se.vinr.indicators.stats.PoissonInterval;
import se.vinr.indicators.stats.ReferenceComparison;
import se.vinr.indicators.stats.SeriesPoint;
import se.vinr.publish.protection.SuppressionDecision;
import se.vinr.indicators.stats.TrendResult;
import se.vinr.indicators.stats.TrendTest;
import se.vinr.indicators.stats.WilsonInterval;
import se.vinr.publish.protection.PublicationProtection.CellIds;
import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.Unit;

/**
 * From exact warehouse results to what may be published: values with confidence intervals, the
 * comparison with each reference area that shares the definition, one small-number protection decision
 * per period (applied to every output alike, see {@link PublicationProtection}), and the trend findings
 * of each indicator's {@code all} series. Nothing suppressed leaves this class with a number in it, and
 * the trend findings are computed from published half-years only.
 */
public final class IndicatorStatistics {

    /**
     * What the report may show.
     *
     * @param unprotectable small counts that figures published earlier already give away (cell ids; no
     *                      person data), for a warning
     */
    public record Result(List<IndicatorValue> values, List<TrendFinding> trends, Set<String> unprotectable) {
        public Result {
            values = List.copyOf(values);
            trends = List.copyOf(trends);
            unprotectable = Set.copyOf(unprotectable);
        }
    }

    private final WilsonInterval wilson;
    private final PoissonInterval poisson;
    private final WilsonInterval flagWilson;
    private final PoissonInterval flagPoisson;
    private final ChangeTest changes;
    private final TrendTest trendTest;
    private final ControlChart controlChart = new ControlChart();
    private final int threshold;
    private final int protectionLevel;
    private final CountLinks links;
    private final DecisionMemo memo;

    /**
     * @param level the level of the published intervals; every claim (change, trend, flagged comparison)
     *              is tested at {@link TrendFinding#FLAG_CONFIDENCE}, or at this level if it is stricter
     * @param memo protection decisions already taken ({@link DecisionMemo#none()} to take every one afresh)
     */
    public IndicatorStatistics(ConfidenceLevel level, int threshold, int protectionLevel, CountLinks links,
                               DecisionMemo memo) {
        ConfidenceLevel flags = new ConfidenceLevel(Math.max(level.level(), TrendFinding.FLAG_CONFIDENCE));
        this.wilson = new WilsonInterval(level);
        this.poisson = new PoissonInterval(level);
        this.flagWilson = new WilsonInterval(flags);
        this.flagPoisson = new PoissonInterval(flags);
        this.changes = new ChangeTest(flags);
        this.trendTest = new TrendTest(flags);
        this.threshold = threshold;
        this.protectionLevel = protectionLevel;
        this.links = links;
        this.memo = memo;
    }

    /**
     * @param periods the municipality's loaded periods up to the report's, ascending
     * @param seriesStart per indicator, the first period of its unbroken series (after the latest break)
     * @param references the reference figures that may be compared with
     */
    public Result compute(String municipality, List<IndicatorInput> indicators, List<RawValue> raw,
                          List<String> periods, Map<String, String> seriesStart, ReferenceFigures references) {
        return compute(municipality, indicators, raw, periods, seriesStart, references, Set.of());
    }

    /**
     * @param hiddenByEarlier cells ({@link CellIds}) that earlier publications require hidden, from
     *                        {@link EarlierPublications}
     */
    public Result compute(String municipality, List<IndicatorInput> indicators, List<RawValue> raw,
                          List<String> periods, Map<String, String> seriesStart, ReferenceFigures references,
                          Set<String> hiddenByEarlier) {
        Map<String, IndicatorInput> byId = new LinkedHashMap<>();
        indicators.forEach(i -> byId.put(i.id(), i));
        PublicationProtection.Decisions decisions = new PublicationProtection(byId, links, threshold, protectionLevel, memo)
                .decide(raw, periods, hiddenByEarlier);
        List<IndicatorValue> values = new ArrayList<>();
        Map<String, IndicatorValue> published = new HashMap<>();
        for (RawValue row : raw) {
            IndicatorInput input = byId.get(row.indicator());
            SuppressionDecision decision = decisions.of(row.period());
            if (input == null || decision == null) {
                continue;
            }
            List<IndicatorValue> rows = publish(municipality, input.definition(), row, decision, references);
            values.addAll(rows);
            published.put(CellIds.base(row.indicator(), row.period(), row.breakdown()), rows.get(0));
        }
        List<TrendFinding> trends = new ArrayList<>();
        if (!periods.isEmpty()) {
            String latest = periods.get(periods.size() - 1);
            List<String> halfYears = halfYears(periods.get(0), latest);
            for (IndicatorInput input : indicators) {
                trends.add(trend(input, raw, published, halfYears, Optional.ofNullable(seriesStart.get(input.id())),
                        flagComparisons(input.definition(), raw, values, latest)));
            }
        }
        return new Result(values, trends, decisions.unprotectable());
    }

    /** The row once per reference area that has a matching figure, or once without one. */
    private List<IndicatorValue> publish(String municipality, IndicatorDefinition definition, RawValue row,
                                         SuppressionDecision decision, ReferenceFigures references) {
        Unit unit = definition.unit();
        boolean numeratorHidden = decision.isSuppressed(CellIds.numerator(row));
        boolean denominatorHidden = decision.isSuppressed(CellIds.denominator(row));
        boolean hidden = decision.isSuppressed(CellIds.value(row)) || numeratorHidden || denominatorHidden;
        Double value = exactValue(unit, row);
        Interval interval = hidden || value == null ? null : interval(unit, row).orElse(null);
        List<ReferenceFigures.Match> matches = references.forRow(row.indicator(), row.period(), row.breakdown());
        List<IndicatorValue> rows = new ArrayList<>();
        if (matches.isEmpty()) {
            rows.add(value(municipality, row, unit, hidden, denominatorHidden, value, interval, "", null));
        }
        for (ReferenceFigures.Match match : matches) {
            rows.add(value(municipality, row, unit, hidden, denominatorHidden, value, interval, match.area(),
                    match.value()));
        }
        return rows;
    }

    private static IndicatorValue value(String municipality, RawValue row, Unit unit, boolean hidden,
                                        boolean denominatorHidden, Double value, Interval interval, String area,
                                        Double reference) {
        if (hidden) {
            return new IndicatorValue(municipality, row.period(), row.indicator(), row.breakdown(), null,
                    denominatorHidden || unit == Unit.DAYS ? null : row.denominator(), null, unit, null, null,
                    area, reference, Comparison.NOT_COMPARED, true);
        }
        return new IndicatorValue(municipality, row.period(), row.indicator(), row.breakdown(),
                unit == Unit.DAYS ? null : row.numerator(), row.denominator(), value, unit,
                interval == null ? null : interval.low(), interval == null ? null : interval.high(),
                area, reference, ReferenceComparison.compare(interval, reference), false);
    }

    static Double exactValue(Unit unit, RawValue row) {
        if (row.value() != null) {
            return row.value();
        }
        if (row.numerator() == null) {
            return null;
        }
        return switch (unit) {
            case COUNT -> row.numerator();
            case PERCENT -> positive(row.denominator()) ? 100.0 * row.numerator() / row.denominator() : null;
            case PER_10000 -> positive(row.denominator()) ? 10_000.0 * row.numerator() / row.denominator() : null;
            case RATIO -> positive(row.denominator()) ? row.numerator() / row.denominator() : null;
            case DAYS -> null;
        };
    }

    private Optional<Interval> interval(Unit unit, RawValue row) {
        return interval(unit, row, wilson, poisson);
    }

    private static Optional<Interval> interval(Unit unit, RawValue row, WilsonInterval wilson, PoissonInterval poisson) {
        if (row.numerator() == null) {
            return Optional.empty();
        }
        long count = Math.round(row.numerator());
        return switch (unit) {
            case COUNT -> Optional.of(poisson.countInterval(count));
            case PERCENT -> isProportion(row)
                    ? wilson.proportionInterval(count, Math.round(row.denominator())).map(i -> i.scaled(100))
                    : Optional.empty();
            case PER_10000 -> positive(row.denominator())
                    ? poisson.rateInterval(count, row.denominator(), 10_000) : Optional.empty();
            case RATIO -> positive(row.denominator())
                    ? Optional.of(poisson.countInterval(count).scaled(1.0 / row.denominator())) : Optional.empty();
            case DAYS -> Optional.empty();
        };
    }

    /** Every half-year from the first to the last, loaded or not: a half-year not loaded is a gap. */
    private static List<String> halfYears(String first, String last) {
        List<String> all = new ArrayList<>();
        Period end = Period.parse(last);
        for (Period p = Period.parse(first); p.compareTo(end) <= 0; p = p.next()) {
            all.add(p.toString());
        }
        return all;
    }

    /**
     * The latest half-year's comparison with each reference area, tested at the flag level: the claims of
     * the main points rest on these, not on the displayed comparison.
     */
    private Map<String, Comparison> flagComparisons(IndicatorDefinition definition, List<RawValue> raw,
                                                    List<IndicatorValue> values, String latest) {
        RawValue row = raw.stream().filter(r -> r.indicator().equals(definition.id()) && r.period().equals(latest)
                && r.breakdown().equals(IndicatorValue.ALL)).findFirst().orElse(null);
        Map<String, Comparison> flags = new HashMap<>();
        if (row == null) {
            return flags;
        }
        Interval strict = interval(definition.unit(), row, flagWilson, flagPoisson).orElse(null);
        for (IndicatorValue value : values) {
            if (value.indicator().equals(definition.id()) && value.period().equals(latest) && value.isAll()
                    && !value.suppressed() && value.referenceArea() != null && !value.referenceArea().isBlank()) {
                flags.put(value.referenceArea(), value.comparison() == Comparison.NOT_COMPARED
                        ? Comparison.NOT_COMPARED : ReferenceComparison.compare(strict, value.referenceValue()));
            }
        }
        return flags;
    }

    /**
     * @param halfYears every half-year of the report, loaded or not, ascending
     * @param breakStart the first half-year of the indicator's series after its latest break, if it has one
     */
    private TrendFinding trend(IndicatorInput input, List<RawValue> raw, Map<String, IndicatorValue> published,
                               List<String> halfYears, Optional<String> breakStart, Map<String, Comparison> flags) {
        String start = breakStart.orElse(halfYears.get(0));
        IndicatorDefinition definition = input.definition();
        Unit unit = definition.unit();
        Map<String, RawValue> byPeriod = new HashMap<>();
        for (RawValue row : raw) {
            if (row.indicator().equals(definition.id()) && row.breakdown().equals(IndicatorValue.ALL)) {
                byPeriod.put(row.period(), row);
            }
        }
        String latest = halfYears.get(halfYears.size() - 1);
        // A hidden half-year is a missing point: a trend or a control limit computed from a hidden count
        // would be a figure computed from it. A half-year that was not loaded is missing too, so it ends a
        // run as a break does.
        List<String> runPeriods = new ArrayList<>();
        List<SeriesPoint> series = new ArrayList<>();
        for (String period : halfYears) {
            if (period.compareTo(start) >= 0) {
                runPeriods.add(period);
                series.add(isPublished(published, definition.id(), period)
                        ? point(unit, byPeriod.get(period)) : SeriesPoint.missing());
            }
        }
        Period now = Period.parse(latest);
        boolean tested = input.tests().independent();
        Change previous = change(definition, byPeriod, published, now.previous().toString(), latest, breakStart, tested);
        Change yearEarlier = change(definition, byPeriod, published, now.yearEarlier().toString(), latest, breakStart,
                tested);
        TrendFinding.Trend trend = tested ? TrendFinding.Trend.TOO_FEW_POINTS : TrendFinding.Trend.NOT_TESTED;
        TrendFinding.ControlSignal signal = TrendFinding.ControlSignal.NOT_ASSESSED;
        TrendFinding.GoalAssurance goal = definition.goal() == null ? TrendFinding.GoalAssurance.NO_GOAL
                : TrendFinding.GoalAssurance.UNCERTAIN;
        int unbroken = (int) series.stream().filter(SeriesPoint::usable).count();
        List<TrendFinding.ControlPoint> drawn = new ArrayList<>();
        if (tested && unit != Unit.DAYS && isPublished(published, definition.id(), latest)) {
            TrendResult result = unit == Unit.PERCENT ? trendTest.proportions(series) : trendTest.rates(series);
            trend = result.trend();
            unbroken = result.unbrokenPoints();
            ControlChartResult chart = unit == Unit.PERCENT ? controlChart.pChart(series) : controlChart.uChart(series);
            signal = chart.signal();
            goal = GoalAssuranceRule.assess(chart, goalInChartUnit(definition), definition.polarity());
            double scale = scale(unit);
            for (int i = 0; i < series.size(); i++) {
                Optional<ControlLimits> limits = chart.limits().get(i);
                if (limits.isPresent()) {
                    ControlLimits shown = limits.get().scaled(scale);
                    drawn.add(new TrendFinding.ControlPoint(runPeriods.get(i), series.get(i).value() * scale,
                            shown.centre(), shown.lower(), shown.upper(), chart.variation().get(i)));
                }
            }
        }
        return new TrendFinding(definition.id(), IndicatorValue.ALL, previous.difference(), previous.significance(),
                yearEarlier.difference(), yearEarlier.significance(), trend, unbroken, signal, goal, drawn, flags);
    }

    /** From the charts' per-unit scale to the indicator's own (percent, per 10,000). */
    private static double scale(Unit unit) {
        return switch (unit) {
            case PERCENT -> 100;
            case PER_10000 -> 10_000;
            case COUNT, RATIO, DAYS -> 1;
        };
    }

    /**
     * Goals are stated in the indicator's unit; the p-chart works in proportions and the u-chart in events
     * per person, so a goal of 5 per 10,000 is 0.0005 on the chart.
     */
    private static Double goalInChartUnit(IndicatorDefinition definition) {
        if (definition.goal() == null) {
            return null;
        }
        return definition.goal() / scale(definition.unit());
    }

    private record Change(Double difference, TrendFinding.Significance significance) {
        static final Change NONE = new Change(null, TrendFinding.Significance.NOT_TESTED);
    }

    /**
     * @param breakStart the first half-year after the indicator's latest series break, if it has one: a
     *                   half-year before it is not compared with one after it
     * @param tested whether the data bear an independence-based test at all
     */
    private Change change(IndicatorDefinition definition, Map<String, RawValue> byPeriod,
                          Map<String, IndicatorValue> published, String before, String after,
                          Optional<String> breakStart, boolean tested) {
        if (breakStart.isPresent() && before.compareTo(breakStart.get()) < 0 && after.compareTo(breakStart.get()) >= 0) {
            return new Change(null, TrendFinding.Significance.ACROSS_BREAK);
        }
        RawValue a = byPeriod.get(before);
        RawValue b = byPeriod.get(after);
        if (a == null || b == null || !isPublished(published, definition.id(), before)
                || !isPublished(published, definition.id(), after) || a.numerator() == null || b.numerator() == null) {
            return Change.NONE;
        }
        Unit unit = definition.unit();
        Double va = exactValue(unit, a);
        Double vb = exactValue(unit, b);
        if (va == null || vb == null) {
            return Change.NONE;
        }
        long xa = Math.round(a.numerator());
        long xb = Math.round(b.numerator());
        if (!tested || (unit == Unit.PERCENT && !(isProportion(a) && isProportion(b)))) {
            return new Change(vb - va, TrendFinding.Significance.NOT_TESTED);
        }
        TrendFinding.Significance significance = switch (unit) {
            case PERCENT -> changes.proportions(xa, Math.round(a.denominator()), xb, Math.round(b.denominator()));
            case COUNT -> changes.counts(xa, xb);
            case PER_10000, RATIO -> changes.rates(xa, a.denominator(), xb, b.denominator());
            case DAYS -> TrendFinding.Significance.NOT_TESTED;
        };
        return new Change(vb - va, significance);
    }

    private static boolean isPublished(Map<String, IndicatorValue> published, String indicator, String period) {
        IndicatorValue value = published.get(CellIds.base(indicator, period, IndicatorValue.ALL));
        return value != null && !value.suppressed() && value.value() != null;
    }

    private static SeriesPoint point(Unit unit, RawValue row) {
        if (row == null || row.numerator() == null) {
            return SeriesPoint.missing();
        }
        long count = Math.round(row.numerator());
        return switch (unit) {
            case COUNT -> SeriesPoint.ofCount(count);
            case PERCENT -> isProportion(row) ? SeriesPoint.of(count, row.denominator()) : SeriesPoint.missing();
            case PER_10000, RATIO -> positive(row.denominator())
                    ? SeriesPoint.of(count, row.denominator()) : SeriesPoint.missing();
            case DAYS -> SeriesPoint.missing();
        };
    }

    /**
     * Whether a percent row is a binomial proportion: a share above 100 % (more trained persons than the
     * headcount, when trained persons have left) has no binomial interval or test.
     */
    private static boolean isProportion(RawValue row) {
        return positive(row.denominator()) && row.numerator() <= row.denominator();
    }

    private static boolean positive(Double value) {
        return value != null && value > 0;
    }
}
