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
import se.vinr.reports.model.SeriesBreak;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.TrendFinding.ControlSignal;
import se.vinr.reports.model.TrendFinding.GoalAssurance;
import se.vinr.reports.model.TrendFinding.Significance;
import se.vinr.reports.model.TrendFinding.Trend;
import se.vinr.reports.text.Words;

/**
 * The report's key messages in the manner of a statistical bulletin (ONS, Fingertips): three to six
 * sentences, ranked by importance, each stating a level and what it is set against — an earlier
 * half-year, riket, the county, the peer group or the plan's goal — with the caveat that matters (a
 * series break). A change is only called larger than chance when the finding says it is significant;
 * a change that is not is never a message of its own: the section ends with one line saying there
 * are no other certain changes. Generated from the jobs module's findings and comparisons.
 */
public final class MainPoints {

    public static final int MAX = 6;
    public static final int MIN = 3;

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
        Comparator<MainPoint> ranking = Comparator.comparingDouble(MainPoint::score).reversed()
                .thenComparing(p -> !p.breakdown().isAll())
                .thenComparingInt(p -> order.indexOf(p.indicator()));
        List<MainPoint> chosen = new ArrayList<>(best.values().stream().sorted(ranking).limit(MAX)
                .map(this::withLevelAndCaveat).toList());
        // Fewer than three findings: the levels of the indicators with a goal or a comparison come next,
        // so the reader still learns where the municipality stands.
        if (chosen.size() < MIN) {
            facts.definitions().stream()
                    .filter(d -> chosen.stream().noneMatch(p -> p.indicator().equals(d.id()) && p.breakdown().isAll()))
                    .sorted(Comparator.comparing((IndicatorDefinition d) -> d.goal() == null)
                            .thenComparing(d -> d.referenceSource() == null || d.referenceSource().isBlank()))
                    .map(d -> level(d.id()))
                    .flatMap(Optional::stream)
                    .limit(MIN - chosen.size())
                    .forEach(chosen::add);
        }
        return List.copyOf(chosen);
    }

    /** The line that ends the key messages: the changes not named were within chance. */
    public String noOtherChanges() {
        return w.t("Inga andra säkra förändringar.", "No other certain changes.");
    }

    /** "Nya ärenden var 62 andra halvåret 2025." (a level with no finding beside it), empty when hidden. */
    private Optional<MainPoint> level(String indicator) {
        return phrases.published(indicator, Breakdown.ALL, facts.period()).map(v -> new MainPoint(indicator, Breakdown.ALL,
                phrases.subject(indicator, Breakdown.ALL) + w.t(" var ", " was ") + phrases.value(v) + " "
                        + phrases.vocabulary().halfYear(facts.period()) + comparedWith(indicator, Breakdown.ALL) + "."
                        + caveat(indicator), 0));
    }

    /**
     * A message about a change gets the level set against the comparison areas, when it does not already
     * quote them, and every message the series break that limits it.
     */
    private MainPoint withLevelAndCaveat(MainPoint point) {
        String sentence = point.sentence();
        if (!point.fromComparison()) {
            String compared = comparedWith(point.indicator(), point.breakdown());
            if (!compared.isEmpty()) {
                sentence = sentence + w.t(" Nivån är ", " The level is ") + compared.substring(2) + ".";
            }
        }
        // A message that already says why no change is claimed (a break) needs no caveat about the same break.
        String caveat = point.namesItsBreak() ? "" : caveat(point.indicator());
        return new MainPoint(point.indicator(), point.breakdown(), sentence + caveat, point.score(),
                point.fromComparison(), point.namesItsBreak());
    }

    /**
     * ", högre än riket (18,0 %) och i nivå med Västernorrlands län (20,1 %)", or empty when no comparison
     * area has a value.
     */
    private String comparedWith(String indicator, Breakdown breakdown) {
        List<String> parts = new ArrayList<>();
        for (IndicatorValue v : facts.comparisons(indicator, breakdown, facts.period())) {
            if (v.suppressed() || v.value() == null || v.referenceValue() == null || v.comparison() == Comparison.NOT_COMPARED) {
                continue;
            }
            // Words claim a difference only where it holds at the flag level (multiple testing); a difference
            // seen only at the intervals' level is set beside the figure without a verdict.
            boolean claimed = phrases.holdsAtFlagLevel(v);
            String relation = switch (v.comparison()) {
                case HIGHER -> claimed ? w.t("högre än ", "higher than ") : w.t("jämfört med ", "compared with ");
                case LOWER -> claimed ? w.t("lägre än ", "lower than ") : w.t("jämfört med ", "compared with ");
                default -> w.t("i nivå med ", "in line with ");
            };
            parts.add(relation + phrases.areaInProse(v.referenceArea()) + " ("
                    + phrases.numbers().withUnit(v.referenceValue(), v.unit()) + ")");
        }
        if (parts.isEmpty()) {
            return "";
        }
        String last = parts.remove(parts.size() - 1);
        return ", " + (parts.isEmpty() ? last : String.join(", ", parts) + w.t(" och ", " and ") + last);
    }

    /** " Obs: serien bröts första halvåret 2024 …" when a break of this indicator alone lies in the half-years shown. */
    private String caveat(String indicator) {
        return latestBreak(b -> !"all".equals(b.scope()) && b.touches(indicator))
                .map(b -> w.t(" Obs: serien bröts ", " Note: the series broke in ") + phrases.vocabulary().halfYear(b.period())
                        + w.t(" (se Seriebrott under Datakvalitet), så jämförelser med tiden före ska läsas med försiktighet.",
                        " (see Series breaks under Data quality), so comparisons with the time before should be read with care."))
                .orElse("");
    }

    /** The caveat for a break of every series, said once under the key messages; empty when there is none. */
    public String commonCaveat() {
        return latestBreak(b -> "all".equals(b.scope()))
                .map(b -> w.t("Obs: alla serier bröts ", "Note: every series broke in ") + phrases.vocabulary().halfYear(b.period())
                        + w.t(" (se Seriebrott under Datakvalitet), så jämförelser med tiden före ska läsas med försiktighet.",
                        " (see Series breaks under Data quality), so comparisons with the time before should be read with care."))
                .orElse("");
    }

    private Optional<SeriesBreak> latestBreak(java.util.function.Predicate<SeriesBreak> which) {
        return facts.model().seriesBreaks().stream()
                .filter(which)
                .filter(b -> facts.periods().contains(b.period()) && !b.period().equals(facts.periods().get(0)))
                .reduce((a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b);
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
        Variation variation = Variation.of(f.controlSignal(), polarity);
        if (variation.isSpecialCause()) {
            boolean up = f.controlSignal() == ControlSignal.SPECIAL_CAUSE_HIGH;
            String sentence = subject + now.map(v -> " (" + phrases.value(v) + ")").orElse("")
                    + w.t(" visar en särskild orsak i styrdiagrammet (", " shows a special cause on the control chart (")
                    + variation.words(w)
                    + w.t(") – ett mönster som vanlig variation sällan ger och som är värt att utreda.",
                    ") – a pattern common cause variation rarely gives, worth investigating.");
            found.add(new MainPoint(indicator, breakdown, sentence, 4.5 + weight(up, polarity) + bonus));
        }
        if (f.trend() == Trend.INCREASING || f.trend() == Trend.DECREASING) {
            boolean up = f.trend() == Trend.INCREASING;
            String sentence = subject + (up ? w.t(" har ökat stadigt", " has risen steadily") : w.t(" har minskat stadigt", " has fallen steadily"))
                    + w.t(" över " + f.unbrokenPoints() + " halvår", " over " + f.unbrokenPoints() + " half-years")
                    + now.map(v -> w.t(" till ", " to ") + phrases.value(v)).orElse("")
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
        if (f.goalAssurance() == GoalAssurance.WILL_REACH && now.isPresent()) {
            IndicatorDefinition d = facts.definition(indicator).orElse(null);
            if (d != null && d.goal() != null) {
                String sentence = subject + w.t(" är ", " is ") + phrases.value(now.get())
                        + w.t(" och väntas nå målet ", " and is expected to reach the goal of ")
                        + phrases.numbers().compact(d.goal(), d.unit()) + ".";
                found.add(new MainPoint(indicator, breakdown, sentence, 2 + bonus));
            }
        }
        if ((f.previousChange() == Significance.ACROSS_BREAK || f.yearEarlierChange() == Significance.ACROSS_BREAK)
                && now.isPresent()) {
            found.add(new MainPoint(indicator, breakdown, phrases.acrossBreak(indicator, subject, now.get()),
                    1.5 + bonus, false, true));
        }
        return found;
    }

    /** A level that differs from riket, the county or the peer group by more than chance. */
    private Optional<MainPoint> fromComparison(String indicator, Breakdown breakdown) {
        Polarity polarity = facts.polarity(indicator);
        List<IndicatorValue> differing = facts.comparisons(indicator, breakdown, facts.period()).stream()
                .filter(v -> !v.suppressed() && v.value() != null && v.referenceValue() != null)
                .filter(v -> v.comparison() == Comparison.HIGHER || v.comparison() == Comparison.LOWER)
                // A claim needs the comparison to hold at the flag level too (multiple testing, see FLAG_CONFIDENCE).
                .filter(phrases::holdsAtFlagLevel)
                .toList();
        if (differing.isEmpty()) {
            return Optional.empty();
        }
        IndicatorValue v = differing.get(0);
        boolean worse = differing.stream().anyMatch(d -> Assessment.of(d.comparison(), polarity) == Assessment.WORSE);
        boolean better = differing.stream().anyMatch(d -> Assessment.of(d.comparison(), polarity) == Assessment.BETTER);
        String judgement = worse && !better ? w.t(" – sämre, med en skillnad ", " – worse, by a difference ")
                : better && !worse ? w.t(" – bättre, med en skillnad ", " – better, by a difference ")
                : w.t(" – en skillnad ", " – a difference ");
        String sentence = phrases.subject(indicator, breakdown) + w.t(" var ", " was ") + phrases.value(v) + " "
                + phrases.vocabulary().halfYear(facts.period()) + comparedWith(indicator, breakdown)
                + judgement + phrases.beyondChance() + ".";
        double score = 3 + (worse ? 2 : 0) + (breakdown.isAll() ? 0.5 : 0);
        return Optional.of(new MainPoint(indicator, breakdown, sentence, score, true));
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
