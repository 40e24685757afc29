package se.vinr.plan;

import java.nio.file.Path;
import java.util.Set;

/** The shipped seed plans and the catalogue the tests validate them against (seeds/plans/README.md). */
final class PlanFixtures {

    static final Set<String> CATALOGUE = Set.of("new_cases", "active_cases", "new_victims_rate",
            "new_children_rate", "screening_rate", "disclosure_rate", "risk_assessed_share",
            "days_to_risk_assessment", "risk_assessments", "interventions", "training_basic_coverage",
            "elected_trained_share", "new_cases_by_violence_type", "new_cases_vulnerable_groups", "honour_cases",
            "repeat_victimisation_12m", "repeat_victimisation_24m", "disclosed_led_to_case",
            "interventions_per_victim_case", "perpetrator_programme_share", "training_completions",
            "training_advanced_coverage");

    static final Path HARNOSAND = Path.of("../seeds/plans/harnosand.yaml");
    static final Path ASKERSUND = Path.of("../seeds/plans/askersund.yaml");

    private PlanFixtures() {
    }

    static ActionPlanLoader loader() {
        return new ActionPlanLoader(CATALOGUE);
    }

    static Path badPlan(String name) {
        return Path.of("src/test/resources/plans", name);
    }
}
