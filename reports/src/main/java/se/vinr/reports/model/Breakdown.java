package se.vinr.reports.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A breakdown of an indicator as written in {@code indicators.csv} and {@link IndicatorValue#breakdown()}:
 * {@code all}, {@code key=value} or {@code key=value;key=value} (keys in order, each once). This is the
 * one home of the encoding: a value may hold any text — a unit called {@code Vård; omsorg = "x"} — because
 * {@code \}, {@code ;} and {@code =} in a value are escaped with a backslash ({@code Vård\; omsorg \= "x"}),
 * as the SQL macro {@code breakdown_value} (sql/schema/V008) writes them. Two breakdowns are equal when
 * they have the same parts in whatever order.
 */
public record Breakdown(Map<String, String> parts) {

    public static final String ALL_TEXT = "all";
    public static final Breakdown ALL = new Breakdown(Map.of());

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    public Breakdown {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /**
     * Reads a breakdown; {@code null} or blank is {@code all}. Throws {@link IllegalArgumentException}
     * naming what is wrong with it.
     */
    public static Breakdown parse(String text) {
        if (text == null || text.isBlank() || ALL_TEXT.equals(text.trim())) {
            return ALL;
        }
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder key = new StringBuilder();
        StringBuilder value = null;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ';';
            if (c == '\\' && i < text.length()) {
                if (i + 1 == text.length()) {
                    throw new IllegalArgumentException("the breakdown '" + text + "' ends in a lone backslash");
                }
                (value == null ? key : value).append(text.charAt(++i));
            } else if (c == ';') {
                put(parts, text, key.toString().trim(), value);
                key.setLength(0);
                value = null;
            } else if (c == '=' && value == null) {
                value = new StringBuilder();
            } else {
                (value == null ? key : value).append(c);
            }
        }
        return new Breakdown(parts);
    }

    private static void put(Map<String, String> parts, String text, String key, StringBuilder value) {
        if (!KEY.matcher(key).matches() || value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a breakdown is 'all' or key=value[;key=value], not '" + text + "'");
        }
        if (parts.put(key, value.toString()) != null) {
            throw new IllegalArgumentException("the breakdown '" + text + "' names " + key + " twice");
        }
    }

    /** A value as it is written in a breakdown: {@code \}, {@code ;} and {@code =} escaped with a backslash. */
    public static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace("=", "\\=");
    }

    public boolean isAll() {
        return parts.isEmpty();
    }

    /** The value of a key, or null when the breakdown has no such key. */
    public String get(String key) {
        return parts.get(key);
    }

    public boolean has(String key) {
        return parts.containsKey(key);
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

    /** This breakdown with one key left out: {@code role=victim;sex=K} without {@code sex} is {@code role=victim}. */
    public Breakdown without(String key) {
        Map<String, String> rest = new LinkedHashMap<>(parts);
        rest.remove(key);
        return new Breakdown(rest);
    }

    /** The breakdown as written, keys in their order, values escaped. */
    public String text() {
        return join(parts);
    }

    /** A file-name-safe short form, keys sorted, used in stable chart names. */
    public String slug() {
        if (isAll()) {
            return ALL_TEXT;
        }
        StringJoiner joiner = new StringJoiner("_");
        new TreeMap<>(parts).forEach((key, value) -> joiner.add(key + "-" + value));
        return joiner.toString().toLowerCase().replaceAll("[^a-z0-9_-]+", "-");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Breakdown b && new TreeMap<>(parts).equals(new TreeMap<>(b.parts));
    }

    @Override
    public int hashCode() {
        return Objects.hash(new TreeMap<>(parts));
    }

    /** The canonical form: keys sorted, values escaped, so equal breakdowns print alike. */
    @Override
    public String toString() {
        return join(new TreeMap<>(parts));
    }

    private static String join(Map<String, String> parts) {
        if (parts.isEmpty()) {
            return ALL_TEXT;
        }
        StringJoiner joiner = new StringJoiner(";");
        parts.forEach((key, value) -> joiner.add(key + "=" + escape(value)));
        return joiner.toString();
    }
}
