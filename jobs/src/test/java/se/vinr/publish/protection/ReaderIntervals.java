package se.vinr.publish.protection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attacker of the tests, written apart from protection and sharing none of its code: what a reader
 * knows (shown counts, which counts are hidden, the sums and shares the publication documents) as one
 * linear programme, and each unknown's least and greatest value. A hidden published count is at least 1
 * (zeros are shown), a count never published at least 0, a share's numerator at most its denominator.
 * Integer values a reader can still consider are ceil(min) .. floor(max).
 */
final class ReaderIntervals {

    private final Map<String, Long> shown = new HashMap<>();
    private final Map<String, Long> lowerBounds = new TreeMap<>();
    private final List<List<String>> sums = new ArrayList<>();
    private final List<String[]> atMost = new ArrayList<>();

    void shown(String id, long value) {
        shown.put(id, value);
    }

    void unknown(String id, long lowerBound) {
        lowerBounds.put(id, lowerBound);
    }

    /** {@code ids.get(0) = Σ ids.get(1..)}. */
    void sum(List<String> ids) {
        sums.add(List.copyOf(ids));
    }

    void atMost(String smaller, String larger) {
        atMost.add(new String[] {smaller, larger});
    }

    boolean isUnknown(String id) {
        return lowerBounds.containsKey(id);
    }

    /** How many integer values the unknown can take: 0 if none, {@link Long#MAX_VALUE} if unbounded. */
    long values(String id) {
        double low = solve(id, false);
        double high = solve(id, true);
        if (Double.isInfinite(high)) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, (long) Math.floor(high + 1e-6) - (long) Math.ceil(low - 1e-6) + 1);
    }

    private double solve(String target, boolean maximise) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<String, Variable> variables = new HashMap<>();
        lowerBounds.forEach((id, low) -> variables.put(id, model.addVariable(id).lower(low).upper(1e7)));
        int n = 0;
        for (List<String> sum : sums) {
            Expression e = model.addExpression("sum" + n++);
            double constant = 0;
            for (int i = 0; i < sum.size(); i++) {
                double sign = i == 0 ? 1 : -1;
                Variable v = variables.get(sum.get(i));
                if (v == null) {
                    constant += sign * shown.get(sum.get(i));
                } else {
                    e.set(v, sign);
                }
            }
            e.level(-constant);
        }
        for (String[] pair : atMost) {
            Expression e = model.addExpression("share" + n++);
            double constant = 0;
            for (int i = 0; i < 2; i++) {
                double sign = i == 0 ? 1 : -1;
                Variable v = variables.get(pair[i]);
                if (v == null) {
                    constant += sign * shown.get(pair[i]);
                } else {
                    e.set(v, sign);
                }
            }
            e.upper(-constant);
        }
        variables.get(target).weight(1);
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        if (result.getState() == Optimisation.State.UNBOUNDED || (maximise && result.getValue() > 1e7 - 1)) {
            return maximise ? Double.POSITIVE_INFINITY : lowerBounds.get(target);
        }
        if (!result.getState().isFeasible()) {
            throw new AssertionError("the reader's programme is infeasible: the published figures contradict the sums");
        }
        return result.getValue();
    }
}
