package se.vinr.publish.protection;

/**
 * One count in a table that small-number protection guards: an indicator value for one breakdown and
 * period, or a count that is never shown but still tells something (the complement of a share).
 *
 * @param id a unique key, e.g. {@code new_cases|role=victim|2026H1}
 * @param count the exact count from the warehouse
 */
public record Cell(String id, long count, Visibility visibility) {

    /** Whether, and how, a cell is published. */
    public enum Visibility {
        /** To be published in this output, unless protection hides it. */
        TO_PUBLISH,
        /** Already public (an earlier report): known to everyone, and can no longer be hidden. */
        ALREADY_PUBLISHED,
        /** Never published, but a reader could derive it from published cells. */
        UNPUBLISHED,
        /**
         * Shown as hidden in an earlier output: the reader knows it is at least 1 (zeros are shown) and
         * it may not be pinned down, but it can no longer be shown here either.
         */
        WITHHELD
    }

    public Cell {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a cell needs an id");
        }
        if (count < 0) {
            throw new IllegalArgumentException("the count of cell " + id + " cannot be negative: " + count);
        }
        if (visibility == null) {
            throw new IllegalArgumentException("the visibility of cell " + id + " is missing");
        }
    }

    public static Cell toPublish(String id, long count) {
        return new Cell(id, count, Visibility.TO_PUBLISH);
    }

    public static Cell alreadyPublished(String id, long count) {
        return new Cell(id, count, Visibility.ALREADY_PUBLISHED);
    }

    public static Cell unpublished(String id, long count) {
        return new Cell(id, count, Visibility.UNPUBLISHED);
    }

    public static Cell withheld(String id, long count) {
        return new Cell(id, count, Visibility.WITHHELD);
    }

    /** Whether the reader cannot see the count: never published, or shown hidden before. */
    public boolean isUnknownToReader() {
        return visibility == Visibility.UNPUBLISHED || visibility == Visibility.WITHHELD;
    }
}
