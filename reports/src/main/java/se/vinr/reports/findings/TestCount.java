package se.vinr.reports.findings;

import java.util.Locale;

import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.TrendFinding.ControlSignal;
import se.vinr.reports.model.TrendFinding.Significance;
import se.vinr.reports.model.TrendFinding.Trend;
import se.vinr.reports.text.Words;

/**
 * How many tests the report's claims rest on, and how many false claims they give when nothing has
 * changed: the method section's account of multiple testing.
 *
 * @param changes change tests run (previous half-year and same half-year a year earlier)
 * @param trends trend tests run
 * @param charts control charts with a verdict on the latest half-year
 * @param comparisons comparisons with a reference area tested at the flag level
 */
public record TestCount(int changes, int trends, int charts, int comparisons) {

    /**
     * The chance that a control chart flags its latest point when nothing changed, under MDC's rules:
     * 0.27 % beyond 3σ, 2 × 0.5⁷ ≈ 1.6 % for a shift of seven ending on it, about 0.3 % for two of three
     * near a limit, less for a trend (the jobs module's ControlChart documents the same figures).
     */
    public static final double CHART_FALSE_ALARM = 0.02;

    public static TestCount of(ReportFacts facts) {
        int changes = 0;
        int trends = 0;
        int charts = 0;
        int comparisons = 0;
        for (TrendFinding f : facts.trends()) {
            changes += tested(f.previousChange()) + tested(f.yearEarlierChange());
            trends += f.trend() == Trend.TOO_FEW_POINTS || f.trend() == Trend.NOT_TESTED ? 0 : 1;
            charts += f.controlSignal() == ControlSignal.NOT_ASSESSED ? 0 : 1;
            comparisons += (int) f.flagComparisons().values().stream().filter(c -> c != Comparison.NOT_COMPARED).count();
        }
        return new TestCount(changes, trends, charts, comparisons);
    }

    private static int tested(Significance s) {
        return s == Significance.NOT_TESTED || s == Significance.ACROSS_BREAK ? 0 : 1;
    }

    /** The tests at the flag level: changes, trends and comparisons. */
    public int flagTests() {
        return changes + trends + comparisons;
    }

    /** The false claims expected among all these tests when nothing has changed. */
    public double expectedFalseClaims() {
        return flagTests() * (1 - TrendFinding.FLAG_CONFIDENCE) + charts * CHART_FALSE_ALARM;
    }

    /** The method section's sentence: what was tested, at which level, and what that means. */
    public String sentence(Words w) {
        String level = w.english() ? "99.8" : "99,8";
        String expected = String.format(w.locale(), "%.2f", expectedFalseClaims());
        String unchanged95 = String.format(w.locale(), "%.1f", flagTests() * 0.05 + charts * CHART_FALSE_ALARM);
        return w.t("Rapporten bygger sina påståenden på " + changes + " förändringstester, " + trends + " trendtester, "
                        + comparisons + " jämförelser med jämförelseområden och " + charts + " styrdiagram. Med så många "
                        + "test ger 95 %-nivån flera falsklarm även när inget har ändrats (här väntat " + unchanged95
                        + "). Därför prövas varje påstående i huvudpunkterna och i listan över det som är sämre och på "
                        + "väg åt fel håll på " + level + " %-nivån, som i Fingertips; då väntas " + expected
                        + " falska påståenden om inget har ändrats. Intervallen och jämförelsekolumnerna visas på "
                        + "95 %-nivån.",
                "The report's claims rest on " + changes + " change tests, " + trends + " trend tests, " + comparisons
                        + " comparisons with reference areas and " + charts + " control charts. With so many tests, "
                        + "the 95 % level gives several false alarms even when nothing has changed (here " + unchanged95
                        + " expected). So every claim in the main points and in the list of what is worse and moving "
                        + "the wrong way is tested at the " + level + " % level, as in Fingertips; then " + expected
                        + " false claims are expected if nothing has changed. Intervals and comparison columns are "
                        + "shown at the 95 % level.");
    }
}
