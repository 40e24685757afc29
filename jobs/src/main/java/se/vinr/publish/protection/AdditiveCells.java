package se.vinr.publish.protection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Cells that add up: {@code total = Σ parts}. Examples: {@code new_cases all} and its {@code role=}
 * parts; a year and its two half-years; a cumulative figure, the earlier cumulative figure and the
 * increase between them. Persons counted in several parts (one person, two roles) make the sum only
 * approximately additive; protecting such a group as if it were exact is the safe side.
 */
public record AdditiveCells(String totalId, List<String> partIds) {

    public AdditiveCells {
        partIds = List.copyOf(partIds);
        if (totalId == null || partIds.isEmpty()) {
            throw new IllegalArgumentException("an additive group needs a total and at least one part");
        }
        if (new HashSet<>(partIds).size() != partIds.size() || partIds.contains(totalId)) {
            throw new IllegalArgumentException("the cells of the additive group of " + totalId + " must all be different");
        }
    }

    public static AdditiveCells of(String totalId, String... partIds) {
        return new AdditiveCells(totalId, List.of(partIds));
    }

    /** The total followed by the parts. */
    public List<String> members() {
        List<String> members = new ArrayList<>(partIds.size() + 1);
        members.add(totalId);
        members.addAll(partIds);
        return members;
    }
}
