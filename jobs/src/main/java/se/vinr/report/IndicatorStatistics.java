package se.vinr.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.vinr.indicators.stats.AdditiveGroup;
import se.vinr.indicators.stats.Cell;
import se.vinr.indicators.stats.CellTable;
import se.vinr.indicators.stats.ChangeTest;
import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.indicators.stats.ControlChart;
import se.vinr.indicators.stats.ControlChartResult;
import se.vinr.indicators.stats.DerivedCell;
import se.vinr.indicators.stats.GoalAssuranceRule;
import se.vinr.indicators.stats.Interval;
import se.vinr.indicators.stats.PoissonInterval;
import se.vinr.indicators.stats.SeriesPoint;
import se.vinr.indicators.stats.SmallNumberProtection;
import se.vinr.indicators.stats.SuppressionDecision;
import se.vinr.indicators.stats.TrendResult;
import se.vinr.indicators.stats.TrendTest;
import se.vinr.indicators.stats.WilsonInterval;
import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.Unit;

/**
 * From exact warehouse results to what may be published: values with confidence intervals, one
 * small-number protection decision per period (applied to every output alike), and the trend findings
 * of each indicator's {@code all} series. Nothing suppressed leaves this class with a number in it.
 */
public final class IndicatorStatistics {

    /** What the report may show. */
    public record Result(List<IndicatorValue> values, List<TrendFinding> trends) {
        public Result {
            values = List.copyOf(values);
            trends = List.copyOf(trends);
        }
    }

    private final WilsonInterval wilson;
    private final PoissonInterval poisson;
    private final ChangeTest changes;
    private final TrendTest trendTest;
    private final ControlChart controlChart = new ControlChart();
    private final SmallNumberProtection protection;

    public IndicatorStatistics(ConfidenceLevel level, int threshold) {
        this.wilson = new WilsonInterval(level);
        this.poisson = new PoissonInterval(level);
        this.changes = new ChangeTest(level);
        this.trendTest = new TrendTest(level);
        this.protection = new SmallNumberProtection(threshold);
    }

    /**
     * @param periods the municipality's loaded periods up to the report's, ascending
     * @param seriesStart per indicator, the first period of its unbroken series (after the latest break)
     */
    public Result compute(String municipality, List<IndicatorInput> indicators, List<RawValue> raw,
                          List<String> periods, Map<String, String> seriesStart) {
        Map<String, IndicatorInput> byId = new LinkedHashMap<>();
        indicators.forEach(i -> byId.put(i.id(), i));
        Map<String, SuppressionDecision> decisions = new HashMap<>();
        for (String period : periods) {
            decisions.put(period, protect(byId, raw.stream().filter(r -> r.period().equals(period)).toList()));
        }
        List<IndicatorValue> values = new ArrayList<>();
        Map<String, IndicatorValue> published = new HashMap<>();
        for (RawValue row : raw) {
            IndicatorInput input = byId.get(row.indicator());
            if (input == null || !decisions.containsKey(row.period())) {
                continue;
            }
            IndicatorValue value = publish(municipality, input.definition(), row, decisions.get(row.period()));
            values.add(value);
            published.put(key(row.indicator(), row.period(), row.breakdown()), value);
        }
        List<TrendFinding> trends = new ArrayList<>();
        String latest = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        if (latest != null) {
            for (IndicatorInput input : indicators) {
                trends.add(trend(input.definition(), raw, published, periods,
                        seriesStart.getOrDefault(input.id(), periods.get(0))));
            }
        }
        return new Result(values, trends);
    }

    private SuppressionDecision protect(Map<String, IndicatorInput> indicators, List<RawValue> rows) {
        List<Cell> cells = new ArrayList<>();
        List<DerivedCell> derived = new ArrayList<>();
        Map<String, List<String>> groupParts = new LinkedHashMap<>();
        for (RawValue row : rows) {
            IndicatorInput input = indicators.get(row.indicator());
            if (input == null) {
                continue;
            }
            Unit unit = input.definition().unit();
            String base = key(row.indicator(), row.period(), row.breakdown());
            boolean countedDenominator = unit == Unit.PERCENT || unit == Unit.RATIO || unit == Unit.DAYS;
            if (row.numerator() != null && unit != Unit.DAYS) {
                cells.add(Cell.toPublish(base + "|n", Math.round(row.numerator())));
            }
            if (countedDenominator && row.denominator() != null) {
                cells.add(Cell.toPublish(base + "|d", Math.round(row.denominator())));
            }
            if (unit == Unit.PERCENT && row.numerator() != null && row.denominator() != null) {
                derived.add(DerivedCell.share(base + "|v", base + "|n", base + "|d"));
            } else if (unit == Unit.DAYS && row.denominator() != null) {
                derived.add(DerivedCell.fromCount(base + "|v", base + "|d"));
            } else if (row.numerator() != null && unit != Unit.DAYS) {
                derived.add(DerivedCell.fromCount(base + "|v", base + "|n"));
            }
            for (String additive : input.additiveKeys()) {
                if (row.breakdown().startsWith(additive + "=") && !row.breakdown().contains(";")) {
                    groupParts.computeIfAbsent(key(row.indicator(), row.period(), IndicatorValue.ALL) + "#" + additive,
                            k -> new ArrayList<>()).add(base);
                }
            }
        }
        List<AdditiveGroup> groups = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        cells.forEach(c -> ids.add(c.id()));
        groupParts.forEach((totalKey, parts) -> {
            String total = totalKey.substring(0, totalKey.indexOf('#'));
            for (String suffix : List.of("|n", "|d")) {
                if (ids.contains(total + suffix) && parts.stream().allMatch(p -> ids.contains(p + suffix))) {
                    groups.add(new AdditiveGroup(total + suffix, parts.stream().map(p -> p + suffix).toList()));
                }
            }
        });
        return protection.protect(new CellTable(cells, groups, derived));
    }

    private IndicatorValue publish(String municipality, IndicatorDefinition definition, RawValue row,
                                   SuppressionDecision decision) {
        String base = key(row.indicator(), row.period(), row.breakdown());
        Unit unit = definition.unit();
        boolean numeratorHidden = decision.isSuppressed(base + "|n");
        boolean denominatorHidden = decision.isSuppressed(base + "|d");
        boolean valueHidden = decision.isSuppressed(base + "|v") || numeratorHidden || denominatorHidden;
        Double value = exactValue(unit, row);
        Optional<Interval> interval = value == null ? Optional.empty() : interval(unit, row);
        if (valueHidden) {
            return new IndicatorValue(municipality, row.period(), row.indicator(), row.breakdown(),
                    null, denominatorHidden || unit == Unit.DAYS ? null : row.denominator(), null, unit, null, null,
                    "", null, Comparison.NOT_COMPARED, true);
        }
        return new IndicatorValue(municipality, row.period(), row.indicator(), row.breakdown(),
                unit == Unit.DAYS ? null : row.numerator(), row.denominator(), value, unit,
                interval.map(Interval::low).orElse(null), interval.map(Interval::high).orElse(null),
                "", null, Comparison.NOT_COMPARED, false);
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
        if (row.numerator() == null) {
            return Optional.empty();
        }
        long count = Math.round(row.numerator());
        return switch (unit) {
            case COUNT -> Optional.of(poisson.countInterval(count));
            case PERCENT -> positive(row.denominator())
                    ? wilson.proportionInterval(count, Math.round(row.denominator())).map(i -> i.scaled(100))
                    : Optional.empty();
            case PER_10000 -> positive(row.denominator())
                    ? poisson.rateInterval(count, row.denominator(), 10_000) : Optional.empty();
            case RATIO -> positive(row.denominator())
                    ? Optional.of(poisson.countInterval(count).scaled(1.0 / row.denominator())) : Optional.empty();
            case DAYS -> Optional.empty();
        };
    }

    private TrendFinding trend(IndicatorDefinition definition, List<RawValue> raw,
                               Map<String, IndicatorValue> published, List<String> periods, String start) {
        Unit unit = definition.unit();
        Map<String, RawValue> byPeriod = new HashMap<>();
        for (RawValue row : raw) {
            if (row.indicator().equals(definition.id()) && row.breakdown().equals(IndicatorValue.ALL)) {
                byPeriod.put(row.period(), row);
            }
        }
        String latest = periods.get(periods.size() - 1);
        List<SeriesPoint> series = new ArrayList<>();
        for (String period : periods) {
            if (period.compareTo(start) >= 0) {
                series.add(point(unit, byPeriod.get(period)));
            }
        }
        se.vinr.core.Period now = se.vinr.core.Period.parse(latest);
        Change previous = change(definition, byPeriod, published, now.previous().toString(), latest);
        Change yearEarlier = change(definition, byPeriod, published, now.yearEarlier().toString(), latest);
        boolean published0 = isPublished(published, definition.id(), latest);
        TrendFinding.Trend trend = TrendFinding.Trend.TOO_FEW_POINTS;
        TrendFinding.ControlSignal signal = TrendFinding.ControlSignal.NOT_ASSESSED;
        TrendFinding.GoalAssurance goal = definition.goal() == null ? TrendFinding.GoalAssurance.NO_GOAL
                : TrendFinding.GoalAssurance.UNCERTAIN;
        int unbroken = (int) series.stream().filter(SeriesPoint::usable).count();
        if (unit != Unit.DAYS && published0) {
            TrendResult result = unit == Unit.PERCENT ? trendTest.proportions(series) : trendTest.rates(series);
            trend = result.trend();
            unbroken = result.unbrokenPoints();
            ControlChartResult chart = unit == Unit.PERCENT ? controlChart.pChart(series) : controlChart.uChart(series);
            signal = chart.signal();
            goal = GoalAssuranceRule.assess(unit == Unit.PERCENT ? chart : chart, goalInChartUnit(definition),
                    definition.polarity());
        }
        return new TrendFinding(definition.id(), IndicatorValue.ALL, previous.difference(), previous.significance(),
                yearEarlier.difference(), yearEarlier.significance(), trend, unbroken, signal, goal);
    }

    /** Goals are stated in the indicator's unit; the p-chart works in proportions. */
    private static Double goalInChartUnit(IndicatorDefinition definition) {
        if (definition.goal() == null) {
            return null;
        }
        return definition.unit() == Unit.PERCENT ? definition.goal() / 100.0 : definition.goal();
    }

    private record Change(Double difference, TrendFinding.Significance significance) {
        static final Change NONE = new Change(null, TrendFinding.Significance.NOT_TESTED);
    }

    private Change change(IndicatorDefinition definition, Map<String, RawValue> byPeriod,
                          Map<String, IndicatorValue> published, String before, String after) {
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
        TrendFinding.Significance significance = switch (unit) {
            case PERCENT -> changes.proportions(xa, Math.round(a.denominator()), xb, Math.round(b.denominator()));
            case COUNT -> changes.counts(xa, xb);
            case PER_10000, RATIO -> changes.rates(xa, a.denominator(), xb, b.denominator());
            case DAYS -> TrendFinding.Significance.NOT_TESTED;
        };
        return new Change(vb - va, significance);
    }

    private static boolean isPublished(Map<String, IndicatorValue> published, String indicator, String period) {
        IndicatorValue value = published.get(key(indicator, period, IndicatorValue.ALL));
        return value != null && !value.suppressed() && value.value() != null;
    }

    private static SeriesPoint point(Unit unit, RawValue row) {
        if (row == null || row.numerator() == null) {
            return SeriesPoint.missing();
        }
        long count = Math.round(row.numerator());
        return switch (unit) {
            case COUNT -> SeriesPoint.ofCount(count);
            case PERCENT, PER_10000, RATIO -> positive(row.denominator())
                    ? SeriesPoint.of(count, row.denominator()) : SeriesPoint.missing();
            case DAYS -> SeriesPoint.missing();
        };
    }

    private static boolean positive(Double value) {
        return value != null && value > 0;
    }

    private static String key(String indicator, String period, String breakdown) {
        return indicator + "|" + period + "|" + breakdown;
    }
}
