package se.vinr.indicators;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.vinr.reports.model.Breakdown;

/**
 * A set of breakdown rows whose numerators (and denominators, where there are any) add up exactly to a
 * total row: every row {@code within;key=…} sums to the row {@code within}. Secondary suppression relies
 * on it, so an indicator declares a group only where the SQL guarantees the sum.
 *
 * <p>A value {@code *} in {@code within} stands for every value of that key, one total each: a crossed
 * table {@code role=victim;sex=K;age_band=25-44} declares {@code age_band within role=victim;sex=*} (each
 * sex's age bands add up to that sex) and {@code sex within role=victim;age_band=*} (each age band's
 * sexes add up to that band), so both its rows and its columns are protected against their margins.
 *
 * @param key    the breakdown key whose values are the parts, e.g. {@code sex}
 * @param within the total the parts add up to: {@code all}, a breakdown such as {@code role=victim}, or a
 *               pattern of totals such as {@code role=victim;sex=*}
 */
public record AdditiveGroup(String key, String within) {

    public static final String ANY = "*";

    private static final Pattern FORM = Pattern.compile("([a-z][a-z0-9_]*)(?:\\s+within\\s+(\\S+))?");

    public AdditiveGroup {
        Breakdown total = Breakdown.parse(within);
        if (total.has(key)) {
            throw new IllegalArgumentException("'" + key + "' cannot add up within '" + within + "', which fixes it");
        }
    }

    /** Reads {@code method} (parts of {@code all}), {@code sex within role=victim} or {@code age_band within role=victim;sex=*}. */
    public static AdditiveGroup parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "an additive group is 'key', 'key within key=value' or 'key within key=value;key=*', not '"
                            + text.trim() + "'");
        }
        return new AdditiveGroup(m.group(1), m.group(2) == null ? Breakdown.ALL_TEXT : m.group(2));
    }

    /** True for a row that is one of this group's parts, of whichever total. */
    public boolean isPart(Breakdown breakdown) {
        return breakdown.has(key) && isTotal(breakdown.without(key));
    }

    /** True for a row that is a part of the given total row. */
    public boolean isPartOf(Breakdown part, Breakdown total) {
        return isTotal(total) && part.has(key) && part.without(key).text().equals(total.text());
    }

    /** True for a row the parts add up to: {@code within}, or one row it stands for where it holds {@code *}. */
    public boolean isTotal(Breakdown breakdown) {
        Map<String, String> pattern = Breakdown.parse(within).parts();
        if (!pattern.keySet().stream().toList().equals(breakdown.parts().keySet().stream().toList())) {
            return false;
        }
        return pattern.entrySet().stream()
                .allMatch(e -> e.getValue().equals(ANY) || e.getValue().equals(breakdown.parts().get(e.getKey())));
    }
}
