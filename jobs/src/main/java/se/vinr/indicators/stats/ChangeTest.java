package se.vinr.indicators.stats;

import java.util.Optional;

import org.apache.commons.statistics.distribution.BetaDistribution;

import se.vinr.reports.model.TrendFinding.Significance;

/**
 * Whether the change between two half-years is larger than chance explains, at the level's α
 * (two-sided). Every method returns {@link Significance#NOT_TESTED} when one of the two values does
 * not exist (a denominator or population of 0).
 *
 * <ul>
 *   <li><b>Two proportions</b>: the interval of the difference p_after − p_before by Newcombe's hybrid
 *       score method (method 10 in Newcombe RG (1998), "Interval estimation for the difference between
 *       independent proportions: comparison of eleven methods", Stat Med 17:873–890), built from the two
 *       {@link WilsonInterval}s; the change is significant when the interval excludes 0. It keeps good
 *       coverage for small counts and proportions near 0 or 1, where the two-sample z test does not.</li>
 *   <li><b>Two counts or rates</b>: the exact conditional test for two Poisson counts. Given the total
 *       O_b + O_a, O_a is binomial with π₀ = E_a / (E_b + E_a) when the rates are equal (E the
 *       population or exposure; equal for two plain counts). The Clopper–Pearson interval of π
 *       (Clopper CJ, Pearson ES (1934), Biometrika 26:404–413, limits from beta quantiles) is
 *       turned into the interval of the rate ratio, π/(1 − π) · E_b/E_a; the change is significant when
 *       the interval of π excludes π₀, i.e. the ratio's interval excludes 1 (the conditional "C test" of
 *       Przyborowski J, Wilenski H (1940), Biometrika 31:313–323; see Krishnamoorthy K, Thomson J
 *       (2004), J Stat Plan Inference 119:23–35). It is exact at every size, so no switch to a normal
 *       approximation is needed, and somewhat conservative, which suits a "significant" label.</li>
 * </ul>
 * Plain counts of two half-years are compared as having equal exposure; the half-years differ by at
 * most three days, well inside the noise of the counts this tool meets.
 */
public final class ChangeTest {

    private final ConfidenceLevel level;
    private final WilsonInterval wilson;

    public ChangeTest(ConfidenceLevel level) {
        this.level = level;
        this.wilson = new WilsonInterval(level);
    }

    /** Newcombe's interval of p_after − p_before; empty when either denominator is 0. */
    public Optional<Interval> proportionDifference(long xBefore, long nBefore, long xAfter, long nAfter) {
        Optional<Interval> before = wilson.proportionInterval(xBefore, nBefore);
        Optional<Interval> after = wilson.proportionInterval(xAfter, nAfter);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        double pBefore = (double) xBefore / nBefore;
        double pAfter = (double) xAfter / nAfter;
        double difference = pAfter - pBefore;
        double below = Math.hypot(pAfter - after.get().low(), before.get().high() - pBefore);
        double above = Math.hypot(after.get().high() - pAfter, pBefore - before.get().low());
        return Optional.of(new Interval(difference - below, difference + above));
    }

    /** Significance of the change in a proportion (share) between two half-years. */
    public Significance proportions(long xBefore, long nBefore, long xAfter, long nAfter) {
        return proportionDifference(xBefore, nBefore, xAfter, nAfter)
                .map(difference -> significance(difference, 0))
                .orElse(Significance.NOT_TESTED);
    }

    /** Significance of the change in a count between two half-years of equal exposure. */
    public Significance counts(long before, long after) {
        return rates(before, 1, after, 1);
    }

    /**
     * Significance of the change in a rate, count / exposure, between two half-years with their own
     * populations (exposures). Zero against zero is no change and so not significant.
     */
    public Significance rates(long countBefore, double exposureBefore, long countAfter, double exposureAfter) {
        requireCount(countBefore);
        requireCount(countAfter);
        if (!hasExposure(exposureBefore) || !hasExposure(exposureAfter)) {
            return Significance.NOT_TESTED;
        }
        if (countBefore + countAfter == 0) {
            return Significance.NOT_SIGNIFICANT;
        }
        double nullShare = exposureAfter / (exposureBefore + exposureAfter);
        return significance(shareOfAfter(countBefore, countAfter), nullShare);
    }

    /**
     * The exact conditional interval of the rate ratio (after / before); empty when an exposure is 0
     * or the earlier count is 0 (the ratio is then unbounded).
     */
    public Optional<Interval> rateRatio(long countBefore, double exposureBefore, long countAfter, double exposureAfter) {
        requireCount(countBefore);
        requireCount(countAfter);
        if (!hasExposure(exposureBefore) || !hasExposure(exposureAfter) || countBefore == 0) {
            return Optional.empty();
        }
        Interval share = shareOfAfter(countBefore, countAfter);
        double exposureRatio = exposureBefore / exposureAfter;
        return Optional.of(new Interval(
                odds(share.low()) * exposureRatio,
                odds(share.high()) * exposureRatio));
    }

    /** Clopper–Pearson interval of π = O_a / (O_b + O_a); the total must be positive. */
    private Interval shareOfAfter(long countBefore, long countAfter) {
        double alpha = level.alpha();
        double after = countAfter;
        double before = countBefore;
        double low = countAfter == 0
                ? 0
                : BetaDistribution.of(after, before + 1).inverseCumulativeProbability(alpha / 2);
        double high = countBefore == 0
                ? 1
                : BetaDistribution.of(after + 1, before).inverseCumulativeProbability(1 - alpha / 2);
        return new Interval(low, high);
    }

    private static Significance significance(Interval interval, double noChange) {
        if (interval.low() > noChange) {
            return Significance.SIGNIFICANT_INCREASE;
        }
        if (interval.high() < noChange) {
            return Significance.SIGNIFICANT_DECREASE;
        }
        return Significance.NOT_SIGNIFICANT;
    }

    private static double odds(double share) {
        return share / (1 - share);
    }

    private static boolean hasExposure(double exposure) {
        if (exposure < 0 || !Double.isFinite(exposure)) {
            throw new IllegalArgumentException("an exposure must be a finite number >= 0, not " + exposure);
        }
        return exposure > 0;
    }

    private static void requireCount(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
    }
}
