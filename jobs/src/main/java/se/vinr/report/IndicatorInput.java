package se.vinr.report;

import java.util.List;

import se.vinr.indicators.AdditiveGroup;
import se.vinr.reports.model.IndicatorDefinition;

/**
 * What the statistics need to know of one catalogue indicator.
 *
 * @param additive the breakdown groups whose parts add up exactly to a total row, as the indicator's SQL
 *                 header declares them (for secondary suppression)
 */
public record IndicatorInput(IndicatorDefinition definition, List<AdditiveGroup> additive) {

    public IndicatorInput {
        additive = List.copyOf(additive);
    }

    public String id() {
        return definition.id();
    }
}
