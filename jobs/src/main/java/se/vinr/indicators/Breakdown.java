package se.vinr.indicators;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A breakdown as written in {@code indicators.csv}: {@code all}, {@code key=value} or
 * {@code key=value;key=value} (keys in order, each once).
 */
public record Breakdown(Map<String, String> parts) {

    public static final String ALL = "all";

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    public Breakdown {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** Reads a breakdown; throws {@link IllegalArgumentException} naming what is wrong with it. */
    public static Breakdown parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a breakdown is 'all' or key=value[;key=value], not empty");
        }
        if (ALL.equals(text)) {
            return new Breakdown(Map.of());
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split(";", -1)) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            if (!KEY.matcher(key).matches() || value.isEmpty()) {
                throw new IllegalArgumentException(
                        "a breakdown is 'all' or key=value[;key=value], not '" + text + "'");
            }
            if (parts.put(key, value) != null) {
                throw new IllegalArgumentException("the breakdown '" + text + "' names " + key + " twice");
            }
        }
        return new Breakdown(parts);
    }

    public boolean isAll() {
        return parts.isEmpty();
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(parts.get(key));
    }

    /** This breakdown with one key left out: {@code role=victim;sex=K} without {@code sex} is {@code role=victim}. */
    public Breakdown without(String key) {
        Map<String, String> rest = new LinkedHashMap<>(parts);
        rest.remove(key);
        return new Breakdown(rest);
    }

    public String text() {
        if (parts.isEmpty()) {
            return ALL;
        }
        StringBuilder text = new StringBuilder();
        parts.forEach((key, value) -> text.append(text.isEmpty() ? "" : ";").append(key).append('=').append(value));
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
