package se.vinr.reports.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Shewhart limits for DRAWING a control chart from the published numerators and denominators. The
 * official signal (is the latest point outside?) is the jobs module's {@code TrendFinding.controlSignal};
 * these limits only place the lines, so hidden points are left out of the centre line here as well.
 *
 * @param centre the centre line per period (null outside the window)
 * @param lower the lower 3-sigma limit per period (null where the point has no denominator)
 * @param upper the upper 3-sigma limit per period
 */
public record ControlLimits(List<Double> centre, List<Double> lower, List<Double> upper) {

    private static final double SIGMAS = 3.0;

    /**
     * A p-chart for a share: p̄ = Σx/Σn over the window, limits p̄ ± 3·√(p̄(1−p̄)/n), in per cent.
     *
     * @param from the first index of the window (after the latest series break)
     */
    public static ControlLimits pChart(List<Double> numerators, List<Double> denominators, int from) {
        double x = 0;
        double n = 0;
        for (int i = from; i < numerators.size(); i++) {
            if (numerators.get(i) != null && denominators.get(i) != null && denominators.get(i) > 0) {
                x += numerators.get(i);
                n += denominators.get(i);
            }
        }
        if (n <= 0) {
            return empty(numerators.size());
        }
        double p = x / n;
        List<Double> centre = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        for (int i = 0; i < numerators.size(); i++) {
            Double size = denominators.get(i);
            boolean inWindow = i >= from && size != null && size > 0;
            centre.add(i >= from ? p * 100 : null);
            double sigma = inWindow ? Math.sqrt(p * (1 - p) / size) : Double.NaN;
            lower.add(inWindow ? Math.max(0, p - SIGMAS * sigma) * 100 : null);
            upper.add(inWindow ? Math.min(1, p + SIGMAS * sigma) * 100 : null);
        }
        return new ControlLimits(centre, lower, upper);
    }

    /**
     * A u-chart for a rate per {@code per} units of exposure: ū = Σc/Σn, limits ū ± 3·√(ū/n), scaled.
     */
    public static ControlLimits uChart(List<Double> counts, List<Double> exposures, int from, double per) {
        double c = 0;
        double n = 0;
        for (int i = from; i < counts.size(); i++) {
            if (counts.get(i) != null && exposures.get(i) != null && exposures.get(i) > 0) {
                c += counts.get(i);
                n += exposures.get(i);
            }
        }
        if (n <= 0) {
            return empty(counts.size());
        }
        double u = c / n;
        List<Double> centre = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Double size = exposures.get(i);
            boolean inWindow = i >= from && size != null && size > 0;
            centre.add(i >= from ? u * per : null);
            double sigma = inWindow ? Math.sqrt(u / size) : Double.NaN;
            lower.add(inWindow ? Math.max(0, u - SIGMAS * sigma) * per : null);
            upper.add(inWindow ? (u + SIGMAS * sigma) * per : null);
        }
        return new ControlLimits(centre, lower, upper);
    }

    private static ControlLimits empty(int size) {
        List<Double> none = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            none.add(null);
        }
        return new ControlLimits(none, none, none);
    }

    /** The points outside their limits (null elsewhere), to draw them apart. */
    public List<Double> outside(List<Double> values) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            boolean beyond = v != null && lower.get(i) != null && upper.get(i) != null
                    && (v < lower.get(i) || v > upper.get(i));
            out.add(beyond ? v : null);
        }
        return out;
    }
}
