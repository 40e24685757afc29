package se.vinr.publish.protection;

/**
 * A published figure computed from counts of the table: a share (with its interval) from a numerator
 * and a denominator cell, or a rate, ratio, median or interval computed from one count cell. It is
 * hidden whenever a count it is computed from is hidden, since the count can be recovered from it (a
 * rate times the public population, an interval's width).
 *
 * @param denominatorId the share's denominator cell; null for a figure computed from one count
 */
public record DerivedCell(String id, String numeratorId, String denominatorId) {

    public DerivedCell {
        if (id == null || id.isBlank() || numeratorId == null) {
            throw new IllegalArgumentException("a derived cell needs an id and the count it is computed from");
        }
    }

    /** A share: {@code numerator} of {@code denominator}. */
    public static DerivedCell share(String id, String numeratorId, String denominatorId) {
        if (denominatorId == null) {
            throw new IllegalArgumentException("the share " + id + " needs a denominator cell");
        }
        return new DerivedCell(id, numeratorId, denominatorId);
    }

    /** A rate, ratio, median or interval computed from one count (its denominator being public). */
    public static DerivedCell fromCount(String id, String countId) {
        return new DerivedCell(id, countId, null);
    }

    public boolean isShare() {
        return denominatorId != null;
    }
}
