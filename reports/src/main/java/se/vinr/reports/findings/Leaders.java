package se.vinr.reports.findings;

import java.util.ArrayList;
import java.util.List;

import se.vinr.reports.text.Words;

/**
 * Which of several named values is largest, with ties named as ties: "FREDA kortfrågor var vanligast"
 * is false when another method had as many.
 */
public final class Leaders {

    private Leaders() {
    }

    /**
     * The names whose value equals the largest; hidden or missing values (null) never lead, since a hidden
     * count could be larger or smaller than any shown.
     */
    public static List<String> of(List<String> names, List<Double> values) {
        double best = Double.NEGATIVE_INFINITY;
        for (Double v : values) {
            if (v != null && v > best) {
                best = v;
            }
        }
        List<String> leaders = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (values.get(i) != null && values.get(i) == best) {
                leaders.add(names.get(i));
            }
        }
        return leaders;
    }

    /** "A", "A och B", "A, B och C". */
    public static String join(List<String> names, Words w) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + w.t(" och ", " and ") + names.get(names.size() - 1);
    }
}
