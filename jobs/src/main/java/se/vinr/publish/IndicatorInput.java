package se.vinr.publish;

import java.util.List;

import se.vinr.indicators.AdditiveGroup;
import se.vinr.indicators.SeriesTests;
import se.vinr.reports.model.IndicatorDefinition;

/**
 * What the statistics need to know of one catalogue indicator.
 *
 * @param additive the breakdown groups whose parts add up exactly to a total row, as the indicator's SQL
 *                 header declares them (for secondary suppression)
 * @param denominatorCounted whether a share's or ratio's denominator counts persons or events, and so is a
 *                 cell to protect; false for the expected count of an observed/expected ratio, which is
 *                 computed from public populations and rates
 * @param tests which tests over time its data bear
 */
public record IndicatorInput(IndicatorDefinition definition, List<AdditiveGroup> additive,
                             boolean denominatorCounted, SeriesTests tests) {

    public IndicatorInput {
        additive = List.copyOf(additive);
    }

    /** A derived indicator whose every half-year is a new count (an observed/expected ratio). */
    public IndicatorInput(IndicatorDefinition definition, List<AdditiveGroup> additive, boolean denominatorCounted) {
        this(definition, additive, denominatorCounted, SeriesTests.INDEPENDENT);
    }

    /** A catalogue indicator, whose denominators are counts where its unit divides by one. */
    public IndicatorInput(IndicatorDefinition definition, List<AdditiveGroup> additive) {
        this(definition, additive, true, SeriesTests.INDEPENDENT);
    }

    public String id() {
        return definition.id();
    }
}
