package se.vinr.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.Unit;

/**
 * Reads an indicator file: a header of {@code -- key: value} lines (a value may go on over lines that
 * start with {@code --} and two or more spaces), ended by a bare {@code --} line or the first line of
 * SQL, then the query. Unknown keys are refused, so a misspelt key cannot silently lose its value.
 */
final class IndicatorFileParser {

    private static final List<String> REQUIRED = List.of("id", "title_sv", "title_en", "description_sv",
            "description_en", "unit", "numerator", "denominator", "polarity", "portable");
    private static final Set<String> OPTIONAL = Set.of("sub_goal", "reference", "goal", "additive", "population", "tests");

    private static final Pattern ENTRY = Pattern.compile("--\\s([a-z_]+):(.*)");
    private static final Pattern CONTINUATION = Pattern.compile("--\\s{2,}(\\S.*)");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern PORTABLE = Pattern.compile("(yes|no)\\b[\\s:,;—–-]*(.*)", Pattern.DOTALL);
    private static final Set<String> POLARITIES = Set.of("higher_is_better", "lower_is_better", "neither");

    IndicatorSpec parse(String location, String fileName, String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = content.split("\\R", -1);
        Map<String, String> header = new LinkedHashMap<>();
        String lastKey = null;
        int line = 0;
        for (; line < lines.length; line++) {
            String current = lines[line].stripTrailing();
            if (!current.startsWith("--") || current.equals("--")) {
                break;
            }
            Matcher continuation = CONTINUATION.matcher(current);
            Matcher entry = ENTRY.matcher(current);
            if (continuation.matches()) {
                if (lastKey == null) {
                    throw invalid(location, "line " + (line + 1) + " continues a header value, but none came before it");
                }
                header.merge(lastKey, continuation.group(1).trim(), (a, b) -> a.isEmpty() ? b : a + " " + b);
            } else if (entry.matches()) {
                lastKey = entry.group(1);
                if (!REQUIRED.contains(lastKey) && !OPTIONAL.contains(lastKey)) {
                    throw invalid(location, "line " + (line + 1) + " has the unknown header key '" + lastKey
                            + "' (known: " + String.join(", ", REQUIRED) + ", " + String.join(", ", OPTIONAL.stream().sorted().toList()) + ")");
                }
                if (header.put(lastKey, entry.group(2).trim()) != null) {
                    throw invalid(location, "the header key '" + lastKey + "' appears twice");
                }
            } else {
                throw invalid(location, "line " + (line + 1) + " of the header is not '-- key: value' or an indented "
                        + "continuation; end the header with a bare '--' line before free comments");
            }
        }
        for (String key : REQUIRED) {
            if (header.getOrDefault(key, "").isEmpty()) {
                throw invalid(location, "the header lacks '-- " + key + ": …'");
            }
        }
        String id = header.get("id");
        if (!ID.matcher(id).matches()) {
            throw invalid(location, "the id '" + id + "' is not lower-case letters, digits and _");
        }
        String expectedFile = id + ".sql";
        if (!expectedFile.equals(fileName)) {
            throw invalid(location, "the id '" + id + "' does not match the file name; name the file " + expectedFile);
        }
        String sql = stripTrailingSemicolons(content);
        if (!hasStatement(lines, line)) {
            throw invalid(location, "there is no query after the header");
        }
        java.util.OptionalDouble goal = goal(location, header.getOrDefault("goal", ""));
        IndicatorDefinition definition = new IndicatorDefinition(id, header.get("title_sv"), header.get("title_en"),
                header.get("description_sv"), header.get("description_en"), unit(location, header.get("unit")),
                header.get("numerator"), header.get("denominator"), polarity(location, header.get("polarity")),
                header.getOrDefault("sub_goal", ""), reference(header.getOrDefault("reference", "")),
                goal.isPresent() ? goal.getAsDouble() : null);
        Matcher portable = PORTABLE.matcher(header.get("portable"));
        if (!portable.matches()) {
            throw invalid(location, "portable must be 'yes' or 'no' followed by the reason, not '"
                    + header.get("portable") + "'");
        }
        String note = unwrap(portable.group(2).trim());
        if (portable.group(1).equals("no") && note.isEmpty()) {
            throw invalid(location, "portable: no needs the reason (which construct is engine-specific, and why)");
        }
        return new IndicatorSpec(definition, goal,
                additive(location, header.getOrDefault("additive", "")),
                population(location, header.getOrDefault("population", "")),
                portable.group(1).equals("yes"), note, location, sql,
                tests(location, header.getOrDefault("tests", "")));
    }

    private static SeriesTests tests(String location, String text) {
        try {
            return SeriesTests.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid(location, e.getMessage());
        }
    }

    private static Unit unit(String location, String code) {
        try {
            return Unit.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw invalid(location, "unknown unit '" + code + "' (expected count, percent, per_10000, ratio or days)");
        }
    }

    private static Polarity polarity(String location, String code) {
        if (!POLARITIES.contains(code)) {
            throw invalid(location, "unknown polarity '" + code + "' (expected higher_is_better, lower_is_better or neither)");
        }
        return Polarity.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private static String reference(String text) {
        return text.equalsIgnoreCase("none") ? "" : text;
    }

    private static OptionalDouble goal(String location, String text) {
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            throw invalid(location, "the goal '" + text + "' is not a number");
        }
    }

    private static List<AdditiveGroup> additive(String location, String text) {
        List<AdditiveGroup> groups = new ArrayList<>();
        if (text.isEmpty()) {
            return groups;
        }
        for (String part : text.split(",")) {
            try {
                groups.add(AdditiveGroup.parse(part));
            } catch (IllegalArgumentException e) {
                throw invalid(location, e.getMessage());
            }
        }
        return groups;
    }

    private static Optional<PopulationBasis> population(String location, String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PopulationBasis.parse(text));
        } catch (IllegalArgumentException e) {
            throw invalid(location, e.getMessage());
        }
    }

    private static boolean hasStatement(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("--") && !line.equals(";")) {
                return true;
            }
        }
        return false;
    }

    /** The runner nests the query in a sub-select, where a closing semicolon or trailing comment would break it. */
    private static String stripTrailingSemicolons(String sql) {
        String result = sql.stripTrailing();
        while (true) {
            int lastLine = result.lastIndexOf('\n') + 1;
            if (result.endsWith(";")) {
                result = result.substring(0, result.length() - 1).stripTrailing();
            } else if (lastLine > 0 && result.substring(lastLine).strip().startsWith("--")) {
                result = result.substring(0, lastLine).stripTrailing();
            } else {
                return result;
            }
        }
    }

    private static String unwrap(String note) {
        return note.startsWith("(") && note.endsWith(")") ? note.substring(1, note.length() - 1).trim() : note;
    }

    private static InvalidIndicatorFileException invalid(String location, String problem) {
        return new InvalidIndicatorFileException("The indicator file " + location + " is invalid: " + problem + ".");
    }
}
