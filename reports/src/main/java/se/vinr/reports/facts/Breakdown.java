package se.vinr.reports.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * A breakdown of an indicator, {@code all} or {@code key=value[;key=value]}, compared by its parts
 * so that {@code role=victim;sex=K} and {@code sex=K;role=victim} are the same.
 */
public record Breakdown(Map<String, String> parts) {

    public static final Breakdown ALL = new Breakdown(Map.of());

    public Breakdown {
        parts = Collections.unmodifiableMap(new TreeMap<>(parts));
    }

    public static Breakdown parse(String text) {
        if (text == null || text.isBlank() || "all".equals(text.trim())) {
            return ALL;
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            } else if (!part.isBlank()) {
                parts.put(part.trim(), "");
            }
        }
        return new Breakdown(parts);
    }

    public boolean isAll() {
        return parts.isEmpty();
    }

    public String get(String key) {
        return parts.get(key);
    }

    /** Whether the breakdown splits by exactly these keys and no others. */
    public boolean keysAre(String... keys) {
        if (keys.length != parts.size()) {
            return false;
        }
        for (String key : keys) {
            if (!parts.containsKey(key)) {
                return false;
            }
        }
        return true;
    }

    /** A file-name-safe short form, used in stable chart names. */
    public String slug() {
        if (isAll()) {
            return "all";
        }
        StringJoiner joiner = new StringJoiner("_");
        parts.forEach((key, value) -> joiner.add(key + "-" + value));
        return joiner.toString().toLowerCase().replaceAll("[^a-z0-9_-]+", "-");
    }

    @Override
    public String toString() {
        if (isAll()) {
            return "all";
        }
        StringJoiner joiner = new StringJoiner(";");
        parts.forEach((key, value) -> joiner.add(key + "=" + value));
        return joiner.toString();
    }
}
