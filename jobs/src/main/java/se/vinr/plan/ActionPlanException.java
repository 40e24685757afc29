package se.vinr.plan;

import java.util.List;
import java.util.stream.Collectors;

import se.vinr.batch.UserFacingException;

/** A plan file that cannot be used; the message lists every problem found, each with file, line and key or id. */
public class ActionPlanException extends UserFacingException {

    private final transient List<PlanProblem> problems;

    public ActionPlanException(String file, List<PlanProblem> problems) {
        super(message(file, problems));
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }

    private static String message(String file, List<PlanProblem> problems) {
        String head = problems.size() == 1
                ? "The action plan " + file + " cannot be used: "
                : "The action plan " + file + " cannot be used (" + problems.size() + " problems): ";
        return head + problems.stream().map(PlanProblem::toString).collect(Collectors.joining("; "))
                + ". Correct the file (format: seeds/plans/README.md) and run the command again.";
    }
}
