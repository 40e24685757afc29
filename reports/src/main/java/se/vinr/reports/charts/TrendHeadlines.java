package se.vinr.reports.charts;

import java.util.Optional;

import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.TrendFinding.Significance;
import se.vinr.reports.model.TrendFinding.Trend;
import se.vinr.reports.text.Words;

/**
 * A chart title from the jobs module's findings. Only a change the statistics call significant is
 * described as one; otherwise the title says there is no reliable change.
 */
final class TrendHeadlines {

    private TrendHeadlines() {
    }

    static String headline(ChartContext ctx, String subject, String indicator, Breakdown breakdown) {
        String[] phrase = phrase(ctx, indicator, breakdown);
        String full = subject + " " + phrase[0];
        String brief = subject + ": " + phrase[1];
        // A long indicator name keeps its place: a title must say what the chart is of, even past ten words.
        return Headline.words(full) <= Headline.MAX_WORDS ? full : brief;
    }

    private static String[] pair(String full, String brief) {
        return new String[] {full, brief};
    }

    /** The finding in full and in brief, for subjects too long to take the full phrase. */
    private static String[] phrase(ChartContext ctx, String indicator, Breakdown breakdown) {
        Words w = ctx.words();
        Optional<TrendFinding> finding = ctx.facts().trend(indicator, breakdown);
        Optional<Comparison> national = ctx.facts().against(indicator, breakdown, ctx.facts().period(), ReportFacts.NATIONAL)
                .filter(v -> !v.suppressed() && v.referenceValue() != null).map(IndicatorValue::comparison);
        if (finding.isPresent()) {
            TrendFinding f = finding.get();
            if (f.previousChange() == Significance.SIGNIFICANT_INCREASE) {
                return pair(w.t("ökade mer än slumpen förklarar", "rose more than chance explains"), w.t("säker ökning", "clear increase"));
            }
            if (f.previousChange() == Significance.SIGNIFICANT_DECREASE) {
                return pair(w.t("minskade mer än slumpen förklarar", "fell more than chance explains"), w.t("säker minskning", "clear decrease"));
            }
            if (f.yearEarlierChange() == Significance.SIGNIFICANT_INCREASE) {
                return pair(w.t("högre än samma halvår året före", "higher than a year earlier"), w.t("högre än i fjol", "up on last year"));
            }
            if (f.yearEarlierChange() == Significance.SIGNIFICANT_DECREASE) {
                return pair(w.t("lägre än samma halvår året före", "lower than a year earlier"), w.t("lägre än i fjol", "down on last year"));
            }
            if (f.trend() == Trend.INCREASING) {
                return pair(w.t("ökar stadigt över tid", "rises steadily over time"), w.t("ökande trend", "rising trend"));
            }
            if (f.trend() == Trend.DECREASING) {
                return pair(w.t("minskar stadigt över tid", "falls steadily over time"), w.t("minskande trend", "falling trend"));
            }
        }
        if (national.isPresent() && national.get() == Comparison.HIGHER) {
            return pair(w.t("högre än riket", "higher than Sweden"), w.t("över riket", "above Sweden"));
        }
        if (national.isPresent() && national.get() == Comparison.LOWER) {
            return pair(w.t("lägre än riket", "lower than Sweden"), w.t("under riket", "below Sweden"));
        }
        if (finding.isPresent() && finding.get().previousChange() == Significance.NOT_SIGNIFICANT) {
            return pair(w.t("utan säker förändring mot förra halvåret", "without a reliable change since last half-year"), w.t("ingen säker förändring", "no reliable change"));
        }
        return pair(w.t("per halvår", "by half-year"), w.t("per halvår", "by half-year"));
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
