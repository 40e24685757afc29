package se.vinr.reports.model;

import java.util.Set;

/**
 * What an indicator means, read from its model file {@code sql/indicators/<id>.yml}.
 *
 * @param subGoal the action-plan sub-goal it follows up (free text key, may be empty)
 * @param referenceSource where a comparison value comes from, or empty when there is none
 * @param goal the action plan's target in the indicator's unit (e.g. 100 for "ask everyone"), or null
 * @param charts the dedicated charts the report draws for it (none for most)
 */
public record IndicatorDefinition(
        String id,
        String titleSv,
        String titleEn,
        String descriptionSv,
        String descriptionEn,
        Unit unit,
        String numeratorDefinition,
        String denominatorDefinition,
        Polarity polarity,
        String subGoal,
        String referenceSource,
        Double goal,
        Set<ChartHint> charts) {

    public IndicatorDefinition {
        charts = Set.copyOf(charts);
    }

    public String title(Language language) {
        return language == Language.EN ? titleEn : titleSv;
    }

    public String description(Language language) {
        return language == Language.EN ? descriptionEn : descriptionSv;
    }
}
