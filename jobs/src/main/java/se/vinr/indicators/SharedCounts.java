package se.vinr.indicators;

import java.util.List;
import java.util.Optional;

/**
 * What an indicator's counts have in common with other counts of the catalogue, as its model declares
 * under {@code shared_counts:}. Small-number protection treats each as an exact equation, so that a
 * count hidden in one place cannot be read off another (see {@code se.vinr.publish.protection.CountLinks}).
 * Many are only nearly exact (a person in two roles counts in both); treating a near identity as exact
 * can only hide more, never less.
 *
 * @param assumedAdditive breakdown groups protection treats as adding up although the query does not
 *                        guarantee it (roles add up but for persons in two roles)
 * @param subsetKey       the breakdown key whose rows each lie within the {@code all} row (overlapping
 *                        groups, such as types of violence); empty when none
 * @param sums            counts of this indicator that equal the sum of other counts
 * @param sameAs          counts of other indicators equal to this indicator's, in every breakdown both have
 * @param contains        counts of other indicators that lie within a count of this one
 * @param steps           for a cumulative indicator, counts of the half-year that equal the rise of a
 *                        cumulative count from the half-year before (courses completed, against persons
 *                        trained up to the half-year's end)
 */
public record SharedCounts(List<AdditiveGroup> assumedAdditive, Optional<String> subsetKey, List<Sum> sums,
                           List<Ref> sameAs, List<Contains> contains, List<Step> steps) {

    public static final SharedCounts NONE = new SharedCounts(List.of(), Optional.empty(), List.of(), List.of(), List.of(),
            List.of());

    public SharedCounts {
        assumedAdditive = List.copyOf(assumedAdditive);
        sums = List.copyOf(sums);
        sameAs = List.copyOf(sameAs);
        contains = List.copyOf(contains);
        steps = List.copyOf(steps);
    }

    /** Which count of an indicator row. */
    public enum Count {
        NUMERATOR, DENOMINATOR
    }

    /** One count: an indicator's numerator or denominator in one breakdown. */
    public record Ref(String indicator, String breakdown, Count count) {
    }

    /** {@code total = Σ parts} within one period. */
    public record Sum(Ref total, List<Ref> parts) {
        public Sum {
            parts = List.copyOf(parts);
        }
    }

    /** {@code part ≤ whole}: the difference counts the others, so it must not be 1 to 4 either. */
    public record Contains(Ref whole, Ref part) {
    }

    /** {@code cumulative(period) − cumulative(previous period) = increase(period)}. */
    public record Step(Ref cumulative, Ref increase) {
    }

    /** Every count named, for checking that each names an indicator of the catalogue. */
    public List<Ref> references() {
        List<Ref> refs = new java.util.ArrayList<>();
        sums.forEach(s -> {
            refs.add(s.total());
            refs.addAll(s.parts());
        });
        refs.addAll(sameAs);
        contains.forEach(c -> {
            refs.add(c.whole());
            refs.add(c.part());
        });
        steps.forEach(s -> {
            refs.add(s.cumulative());
            refs.add(s.increase());
        });
        return refs;
    }
}
