package se.vinr.reports.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.vinr.reports.facts.Assessment;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.TrendFinding.ControlSignal;
import se.vinr.reports.model.TrendFinding.GoalAssurance;
import se.vinr.reports.model.TrendFinding.Significance;
import se.vinr.reports.model.TrendFinding.Trend;
import se.vinr.reports.text.Words;

/**
 * The report's main points, generated from the jobs module's findings and comparisons: one sentence
 * per indicator, ranked, at most six. A change is only called larger than chance when the finding
 * says it is significant; a change that is not is described as within chance.
 */
public final class MainPoints {

    public static final int MAX = 6;

    private final ReportFacts facts;
    private final Phrases phrases;
    private final Words w;

    public MainPoints(ReportFacts facts) {
        this.facts = facts;
        this.phrases = new Phrases(facts);
        this.w = phrases.words();
    }

    public List<MainPoint> points() {
        Map<String, MainPoint> best = new LinkedHashMap<>();
        for (TrendFinding finding : facts.trends()) {
            Breakdown breakdown = Breakdown.parse(finding.breakdown());
            for (MainPoint candidate : fromFinding(finding, breakdown)) {
                keepBest(best, candidate);
            }
        }
        for (IndicatorDefinition definition : facts.definitions()) {
            fromComparison(definition.id(), Breakdown.ALL).ifPresent(candidate -> keepBest(best, candidate));
        }
        List<String> order = facts.definitions().stream().map(IndicatorDefinition::id).toList();
        return best.values().stream()
                .sorted(Comparator.comparingDouble(MainPoint::score).reversed()
                        .thenComparing(p -> !p.breakdown().isAll())
                        .thenComparingInt(p -> order.indexOf(p.indicator())))
                .limit(MAX)
                .toList();
    }

    private static void keepBest(Map<String, MainPoint> best, MainPoint candidate) {
        String key = candidate.indicator() + "|" + candidate.breakdown();
        MainPoint current = best.get(key);
        if (current == null || candidate.score() > current.score()) {
            best.put(key, candidate);
        }
    }

    private List<MainPoint> fromFinding(TrendFinding f, Breakdown breakdown) {
        String indicator = f.indicator();
        Polarity polarity = facts.polarity(indicator);
        String subject = phrases.subject(indicator, breakdown);
        double bonus = breakdown.isAll() ? 0.5 : 0;
        List<MainPoint> found = new ArrayList<>();
        String period = facts.period();
        Optional<IndicatorValue> now = phrases.published(indicator, breakdown, period);
        Optional<IndicatorValue> previous = facts.previousPeriod(period).flatMap(p -> phrases.published(indicator, breakdown, p));
        Optional<IndicatorValue> yearAgo = phrases.published(indicator, breakdown, ReportFacts.yearEarlier(period));

        if (isSignificant(f.previousChange())) {
            boolean up = f.previousChange() == Significance.SIGNIFICANT_INCREASE;
            String sentence = subject + " " + phrases.rose(up) + fromTo(previous, now)
                    + w.t(" sedan förra halvåret", " since the previous half-year")
                    + " – " + phrases.change(up, polarity) + " " + phrases.beyondChance() + ".";
            found.add(new MainPoint(indicator, breakdown, sentence, 5 + weight(up, polarity) + bonus));
        }
        if (isSignificant(f.yearEarlierChange())) {
            boolean up = f.yearEarlierChange() == Significance.SIGNIFICANT_INCREASE;
            String sentence = subject + " " + phrases.rose(up) + fromTo(yearAgo, now)
                    + w.t(" jämfört med samma halvår året före", " compared with the same half-year a year earlier")
                    + " – " + phrases.change(up, polarity) + " " + phrases.beyondChance() + ".";
            found.add(new MainPoint(indicator, breakdown, sentence, 4 + weight(up, polarity) + bonus));
        }
        if (f.controlSignal() == ControlSignal.ABOVE_UPPER_LIMIT || f.controlSignal() == ControlSignal.BELOW_LOWER_LIMIT) {
            boolean up = f.controlSignal() == ControlSignal.ABOVE_UPPER_LIMIT;
            String sentence = subject + now.map(v -> " (" + phrases.value(v) + ")").orElse("")
                    + (up ? w.t(" ligger över styrdiagrammets övre gräns", " lies above the control chart's upper limit")
                    : w.t(" ligger under styrdiagrammets undre gräns", " lies below the control chart's lower limit"))
                    + w.t(" – en ovanlig avvikelse som talar för en särskild orsak värd att utreda.",
                    " – an unusual departure that points to a special cause worth investigating.");
            found.add(new MainPoint(indicator, breakdown, sentence, 4.5 + weight(up, polarity) + bonus));
        }
        if (f.trend() == Trend.INCREASING || f.trend() == Trend.DECREASING) {
            boolean up = f.trend() == Trend.INCREASING;
            String sentence = subject + (up ? w.t(" har ökat stadigt", " has risen steadily") : w.t(" har minskat stadigt", " has fallen steadily"))
                    + w.t(" över " + f.unbrokenPoints() + " halvår", " over " + f.unbrokenPoints() + " half-years")
                    + " – " + phrases.change(up, polarity) + w.t(" som slumpen inte förklarar.", " that chance does not explain.");
            found.add(new MainPoint(indicator, breakdown, sentence, 3.5 + weight(up, polarity) + bonus));
        }
        if (f.goalAssurance() == GoalAssurance.WILL_NOT_REACH) {
            Double goal = facts.definition(indicator).map(IndicatorDefinition::goal).orElse(null);
            String goalText = goal == null ? w.t("målet", "the goal")
                    : w.t("målet ", "the goal of ") + phrases.numbers().compact(goal, facts.definition(indicator).get().unit());
            String sentence = subject + now.map(v -> w.t(" är ", " is ") + phrases.value(v) + w.t(" och", " and")).orElse("")
                    + w.t(" väntas inte nå ", " is not expected to reach ") + goalText
                    + w.t(" med nuvarande utveckling – insatserna i handlingsplanen behöver ses över.",
                    " at the current pace – the action plan's measures need reviewing.");
            found.add(new MainPoint(indicator, breakdown, sentence, 3 + 1 + bonus));
        }
        if (f.previousChange() == Significance.NOT_SIGNIFICANT && now.isPresent() && previous.isPresent()
                && !now.get().value().equals(previous.get().value())) {
            String sentence = subject + w.t(" ändrades", " changed") + fromTo(previous, now)
                    + w.t(" sedan förra halvåret – en skillnad som ryms inom slumpens variation och inte bör läsas som en verklig förändring.",
                    " since the previous half-year – a difference within chance variation that should not be read as a real change.");
            found.add(new MainPoint(indicator, breakdown, sentence, 1 + bonus));
        }
        return found;
    }

    private Optional<MainPoint> fromComparison(String indicator, Breakdown breakdown) {
        Optional<IndicatorValue> row = facts.against(indicator, breakdown, facts.period(), ReportFacts.NATIONAL)
                .filter(v -> !v.suppressed() && v.value() != null && v.referenceValue() != null)
                .filter(v -> v.comparison() == Comparison.HIGHER || v.comparison() == Comparison.LOWER);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        IndicatorValue v = row.get();
        Assessment assessment = Assessment.of(v.comparison(), facts.polarity(indicator));
        boolean higher = v.comparison() == Comparison.HIGHER;
        String direction = assessment == Assessment.WORSE ? w.t("sämre än riket", "worse than Sweden")
                : assessment == Assessment.BETTER ? w.t("bättre än riket", "better than Sweden")
                : higher ? w.t("högre än riket", "higher than Sweden") : w.t("lägre än riket", "lower than Sweden");
        String sentence = phrases.subject(indicator, breakdown) + w.t(" är ", " is ") + phrases.value(v)
                + w.t(" mot rikets ", " against Sweden's ") + phrases.numbers().withUnit(v.referenceValue(), v.unit())
                + " – " + direction + w.t(", med en skillnad ", ", by a difference ") + phrases.beyondChance() + ".";
        double score = 3 + (assessment == Assessment.WORSE ? 2 : 0) + (breakdown.isAll() ? 0.5 : 0);
        return Optional.of(new MainPoint(indicator, breakdown, sentence, score));
    }

    private String fromTo(Optional<IndicatorValue> before, Optional<IndicatorValue> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return "";
        }
        return w.t(" från ", " from ") + phrases.value(before.get()) + w.t(" till ", " to ") + phrases.value(after.get());
    }

    private static boolean isSignificant(Significance s) {
        return s == Significance.SIGNIFICANT_INCREASE || s == Significance.SIGNIFICANT_DECREASE;
    }

    /** Worsenings first, then changes without a good direction, then improvements. */
    private static double weight(boolean up, Polarity polarity) {
        return Assessment.worsens(up, polarity) ? 2 : Assessment.improves(up, polarity) ? 0 : 1;
    }
}
