package se.vinr.reports.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.vinr.reports.facts.Assessment;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.TrendFinding.Significance;
import se.vinr.reports.model.TrendFinding.Trend;
import se.vinr.reports.text.Words;

/**
 * The indicators the report names first: significantly worse than a reference (by the interval test)
 * AND moving the wrong way (a significant change, trend or control signal in the bad direction).
 */
public final class Worsening {

    private final ReportFacts facts;
    private final Phrases phrases;
    private final Words w;

    public Worsening(ReportFacts facts) {
        this.facts = facts;
        this.phrases = new Phrases(facts);
        this.w = phrases.words();
    }

    public List<MainPoint> indicators() {
        List<MainPoint> found = new ArrayList<>();
        for (TrendFinding f : facts.trends()) {
            Breakdown breakdown = Breakdown.parse(f.breakdown());
            Polarity polarity = facts.polarity(f.indicator());
            if (polarity == Polarity.NEITHER) {
                continue;
            }
            Optional<IndicatorValue> worse = facts.comparisons(f.indicator(), breakdown, facts.period()).stream()
                    .filter(v -> !v.suppressed() && v.value() != null)
                    .filter(v -> Assessment.of(v.comparison(), polarity) == Assessment.WORSE)
                    .filter(phrases::holdsAtFlagLevel)
                    .findFirst();
            Optional<String> why = worseningReason(f, polarity);
            if (worse.isPresent() && why.isPresent()) {
                IndicatorValue v = worse.get();
                String area = phrases.area(v.referenceArea());
                String sentence = phrases.subject(f.indicator(), breakdown) + ": " + phrases.value(v) + w.t(" mot ", " against ")
                        + area + " " + phrases.numbers().withUnit(v.referenceValue(), v.unit())
                        + w.t(" – sämre än jämförelsen, och ", " – worse than the comparison, and ") + why.get() + ".";
                found.add(new MainPoint(f.indicator(), breakdown, sentence, 10));
            }
        }
        return found;
    }

    private Optional<String> worseningReason(TrendFinding f, Polarity polarity) {
        if (isWorse(f.previousChange(), polarity)) {
            return Optional.of(w.t("det har blivit sämre sedan förra halvåret, mer än slumpen kan förklara",
                    "it worsened since the previous half-year, more than chance can explain"));
        }
        if (isWorse(f.yearEarlierChange(), polarity)) {
            return Optional.of(w.t("det är sämre än samma halvår året före, mer än slumpen kan förklara",
                    "it is worse than the same half-year a year earlier, more than chance can explain"));
        }
        if ((f.trend() == Trend.INCREASING && Assessment.worsens(true, polarity))
                || (f.trend() == Trend.DECREASING && Assessment.worsens(false, polarity))) {
            return Optional.of(w.t("trenden går åt fel håll", "the trend goes the wrong way"));
        }
        if (Variation.of(f.controlSignal(), polarity) == Variation.CONCERN) {
            return Optional.of(w.t("styrdiagrammet visar en särskild orsak åt fel håll",
                    "the control chart shows a special cause in the wrong direction"));
        }
        return Optional.empty();
    }

    private static boolean isWorse(Significance s, Polarity polarity) {
        return (s == Significance.SIGNIFICANT_INCREASE && Assessment.worsens(true, polarity))
                || (s == Significance.SIGNIFICANT_DECREASE && Assessment.worsens(false, polarity));
    }
}
