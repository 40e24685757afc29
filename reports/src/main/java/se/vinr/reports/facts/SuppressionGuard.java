package se.vinr.reports.facts;

import java.util.List;

import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.ReportModel;
import se.vinr.reports.model.Unit;

/**
 * A last line of defence for small-number protection. The model arrives protected; should a row still
 * carry a hidden figure, or a count from 1 to the threshold minus one, the renderers get it as a
 * suppressed row with every derived figure removed, so no output can show it.
 */
public final class SuppressionGuard {

    /** Used when the model states no threshold. */
    public static final int DEFAULT_THRESHOLD = 5;

    private SuppressionGuard() {
    }

    public static int threshold(ReportModel model) {
        return model.suppressionThreshold() > 0 ? model.suppressionThreshold() : DEFAULT_THRESHOLD;
    }

    public static ReportModel protect(ReportModel model) {
        int threshold = threshold(model);
        List<IndicatorValue> values = model.values().stream().map(v -> protect(v, threshold)).toList();
        return new ReportModel(model.language(), model.municipalityCode(), model.municipalityName(), model.period(),
                model.periods(), model.definitions(), values, model.trends(), model.peers(), model.sources(),
                model.seriesBreaks(), model.dataQuality(), model.plan(), threshold, model.protectionLevel(), model.confidenceLevel(),
                model.toolVersion(), model.created(), model.areaNames(), model.population(), model.synthetic());
    }

    static IndicatorValue protect(IndicatorValue v, int threshold) {
        boolean hide = v.suppressed() || isSmall(v.numerator(), threshold)
                || (v.unit() == Unit.COUNT && isSmall(v.value(), threshold));
        if (!hide) {
            return v;
        }
        return new IndicatorValue(v.municipality(), v.period(), v.indicator(), v.breakdown(), null, v.denominator(),
                null, v.unit(), null, null, v.referenceArea(), v.referenceValue(), Comparison.NOT_COMPARED, true);
    }

    private static boolean isSmall(Double count, int threshold) {
        return count != null && count > 0 && count < threshold;
    }
}
