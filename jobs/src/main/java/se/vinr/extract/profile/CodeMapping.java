package se.vinr.extract.profile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A profile's translation of source-system values to contract codes for one file, field by field.
 * Source values are compared trimmed and ignoring case ({@code Fysiskt våld} = {@code fysiskt våld});
 * a value without a translation passes through unchanged and is then judged against the code list.
 */
public final class CodeMapping {

    private static final CodeMapping NONE = new CodeMapping(Map.of());

    private final Map<String, Map<String, String>> byField;

    CodeMapping(Map<String, Map<String, String>> byField) {
        Map<String, Map<String, String>> copy = new HashMap<>();
        byField.forEach((field, values) -> copy.put(field, Map.copyOf(values)));
        this.byField = Map.copyOf(copy);
    }

    public static CodeMapping none() {
        return NONE;
    }

    /**
     * The contract code for a trimmed source value of {@code field}: its translation (possibly empty,
     * meaning unknown) or the value itself.
     */
    public String map(String field, String value) {
        Map<String, String> values = byField.get(field);
        if (values == null) {
            return value;
        }
        return values.getOrDefault(normalise(value), value);
    }

    static String normalise(String sourceValue) {
        return sourceValue.trim().toLowerCase(Locale.ROOT);
    }
}
