package se.vinr.plan;

/**
 * One thing wrong with a plan file.
 *
 * @param line 1-based line in the file, or 0 when the parser gave no location
 * @param where the part of the plan, e.g. {@code activity D1.A2} or {@code sub_goals[2]}; empty for the top level
 */
public record PlanProblem(String file, int line, String where, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(" line ").append(line);
        }
        if (!where.isEmpty()) {
            s.append(", ").append(where);
        }
        return s.append(": ").append(message).toString();
    }
}
