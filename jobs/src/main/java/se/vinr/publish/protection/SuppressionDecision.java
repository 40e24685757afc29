package se.vinr.publish.protection;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What small-number protection hides.
 *
 * @param reasons each hidden cell or derived figure, with why it is hidden
 * @param unprotectable small counts that stay derivable or too narrowly bounded, and hidden counts that
 *                      stay pinned to one value, whatever this output hides, because the figures that
 *                      reveal them were already published (ids of cells, or
 *                      {@code <share id>#complement} for the complement of a share); they are hidden
 *                      here but the caller should warn
 */
public record SuppressionDecision(Map<String, SuppressionReason> reasons, Set<String> unprotectable) {

    public SuppressionDecision {
        reasons = Map.copyOf(reasons);
        unprotectable = Set.copyOf(unprotectable);
    }

    public boolean isSuppressed(String id) {
        return reasons.containsKey(id);
    }

    public Optional<SuppressionReason> reason(String id) {
        return Optional.ofNullable(reasons.get(id));
    }

    /** The ids of every hidden cell and derived figure. */
    public Set<String> suppressed() {
        return reasons.keySet();
    }
}
