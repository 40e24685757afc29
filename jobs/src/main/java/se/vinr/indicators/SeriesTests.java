package se.vinr.indicators;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which tests over time an indicator's data bear, from the {@code tests:} key of its metadata.
 *
 * <ul>
 *   <li>{@code independent} (the default): each half-year's figure is a new, independent count or share,
 *       so the change tests, the trend test and the control chart (binomial for shares, Poisson for counts
 *       and rates) apply;</li>
 *   <li>{@code none: <reason>}: no independence-based test fits, e.g. a stock that counts the same persons
 *       in overlapping half-years (active cases) or a cumulative coverage that carries every earlier
 *       completion forward. The values and intervals are still shown, but no change, trend or control
 *       verdict is claimed; the reason names the indicator that carries the tested flow, if any.</li>
 * </ul>
 *
 * @param reason empty for {@code independent}
 */
public record SeriesTests(boolean independent, String reason) {

    public static final SeriesTests INDEPENDENT = new SeriesTests(true, "");

    private static final Pattern NONE = Pattern.compile("none\\s*[:—–-]\\s*(\\S.*)", Pattern.DOTALL);

    public SeriesTests {
        if (!independent && reason.isBlank()) {
            throw new IllegalArgumentException("'tests: none' needs the reason after a colon");
        }
    }

    /** Reads {@code independent} or {@code none: reason}; an empty text is {@code independent}. */
    public static SeriesTests parse(String text) {
        String value = text.trim();
        if (value.isEmpty() || value.equals("independent")) {
            return INDEPENDENT;
        }
        Matcher none = NONE.matcher(value);
        if (none.matches()) {
            return new SeriesTests(false, none.group(1).trim());
        }
        throw new IllegalArgumentException("tests must be 'independent' or 'none: <why no test fits the data>', not '"
                + value + "'");
    }
}
