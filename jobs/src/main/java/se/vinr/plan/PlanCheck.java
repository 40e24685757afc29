package se.vinr.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The logic of {@code vinr plan check --plan FILE}: validate a plan and say where each indicator's value will come from. */
public final class PlanCheck {

    private final ActionPlanLoader loader;

    public PlanCheck(ActionPlanLoader loader) {
        this.loader = loader;
    }

    /**
     * @param indicatorsWithData catalogue ids for which the warehouse holds data
     * @throws ActionPlanException when the plan is not valid, naming every problem
     */
    public PlanCheckResult check(Path planFile, Set<String> indicatorsWithData) {
        return classify(planFile.getFileName().toString(), loader.load(planFile), indicatorsWithData);
    }

    public PlanCheckResult classify(String file, ActionPlan plan, Set<String> indicatorsWithData) {
        List<ActionPlan.Indicator> indicators = plan.indicators();
        return new PlanCheckResult(file, plan,
                indicators.stream().filter(i -> !i.isManual() && indicatorsWithData.contains(i.computed())).toList(),
                indicators.stream().filter(i -> !i.isManual() && !indicatorsWithData.contains(i.computed())).toList(),
                indicators.stream().filter(ActionPlan.Indicator::isManual).toList());
    }
}
