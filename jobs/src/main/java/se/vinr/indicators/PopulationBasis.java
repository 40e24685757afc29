package se.vinr.indicators;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The population a rate is per: the {@code age_group} of {@code ref.population} the contract asks for,
 * and the one used when that is not loaded (the seeds hold only {@code 0-19} and {@code 20+}).
 */
public record PopulationBasis(String ageGroup, Optional<String> fallback) {

    private static final Pattern FORM = Pattern.compile("(\\S+)(?:\\s+\\(fallback\\s+(\\S+)\\))?");

    /** Reads {@code 18+} or {@code 18+ (fallback 20+)}. */
    public static PopulationBasis parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "a population is 'AGE_GROUP' or 'AGE_GROUP (fallback AGE_GROUP)', not '" + text.trim() + "'");
        }
        return new PopulationBasis(m.group(1), Optional.ofNullable(m.group(2)));
    }
}
