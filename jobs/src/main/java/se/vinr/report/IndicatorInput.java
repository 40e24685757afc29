package se.vinr.report;

import java.util.List;

import se.vinr.reports.model.IndicatorDefinition;

/**
 * What the statistics need to know of one catalogue indicator.
 *
 * @param additiveKeys breakdown keys whose parts add up to the {@code all} row (for secondary suppression)
 */
public record IndicatorInput(IndicatorDefinition definition, List<String> additiveKeys) {

    public IndicatorInput {
        additiveKeys = List.copyOf(additiveKeys);
    }

    public String id() {
        return definition.id();
    }
}
