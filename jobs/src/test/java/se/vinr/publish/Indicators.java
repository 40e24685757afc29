package se.vinr.publish;

import java.util.Set;
import java.util.Arrays;
import java.util.List;

import se.vinr.indicators.AdditiveGroup;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.Unit;

/** Catalogue indicators as the statistics see them, without their SQL. */
public final class Indicators {

    private Indicators() {
    }

    static IndicatorDefinition definition(String id, Unit unit) {
        return new IndicatorDefinition(id, id, id, "", "", unit, "", "", Polarity.NEITHER, "", "", null, Set.of());
    }

    /** @param additive the model's {@code additive:} entries, e.g. {@code sex within role=victim} */
    static IndicatorInput input(String id, Unit unit, String... additive) {
        return new IndicatorInput(definition(id, unit), Arrays.stream(additive).map(AdditiveGroup::parse).toList());
    }

    static RawValue count(String indicator, String period, String breakdown, double n) {
        return new RawValue(indicator, period, breakdown, n, null, null);
    }

    static RawValue ratio(String indicator, String period, String breakdown, double n, Double d) {
        return new RawValue(indicator, period, breakdown, n, d, null);
    }

    static List<IndicatorInput> list(IndicatorInput... inputs) {
        return List.of(inputs);
    }
}
