package se.vinr.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.vinr.core.MunicipalityCode;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import se.vinr.core.EditDistance;

/** One reading of one plan file: turns the YAML tree into an {@link ActionPlan}, collecting every problem on the way. */
final class PlanReading {

    static final int FORMAT_VERSION = 1;

    private static final List<String> PLAN_KEYS = List.of("format_version", "municipality", "title", "valid_from",
            "valid_to", "source", "vision", "vision_title", "vision_note", "overall_goal", "purpose", "scope",
            "target_groups", "vulnerable_groups", "follow_up", "follow_up_frequency", "sub_goals");
    private static final List<String> SUB_GOAL_KEYS = List.of("id", "title", "description", "activities",
            "indicators_heading", "indicators");
    private static final List<String> ACTIVITY_KEYS = List.of("id", "text", "action", "responsible", "time_frame",
            "starts", "due", "recurring", "times_per_year", "measured_by");
    private static final List<String> INDICATOR_KEYS = List.of("id", "title", "plan_text", "computed", "manual",
            "unit", "note");
    private static final Pattern SUB_GOAL_ID = Pattern.compile("[^\\s.]+");

    private final String file;
    private final Map<String, Integer> lines;
    private final Set<String> catalogue;
    private final List<PlanProblem> problems = new ArrayList<>();
    /** Activity and indicator ids share one namespace, since a plan_status row may name either. */
    private final Map<String, Integer> idLines = new HashMap<>();

    PlanReading(String file, Map<String, Integer> lines, Set<String> catalogue) {
        this.file = file;
        this.lines = lines;
        this.catalogue = catalogue;
    }

    ActionPlan plan(JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw fail(0, "", "the file is empty");
        }
        if (!root.isObject()) {
            throw fail(1, "", "the file must be a YAML mapping that starts with format_version: " + FORMAT_VERSION);
        }
        Mapping top = new Mapping(root, JsonPointer.empty(), "");
        Integer version = top.integer("format_version", true);
        if (version != null && version != FORMAT_VERSION) {
            throw fail(top.lineOf("format_version"), "", "format_version " + version
                    + " is not known to this version of vinr, which reads format_version " + FORMAT_VERSION);
        }
        top.onlyKeys(PLAN_KEYS);
        MunicipalityCode municipality = municipality(top);
        String title = top.text("title", true);
        LocalDate validFrom = top.date("valid_from");
        LocalDate validTo = top.date("valid_to");
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            top.problem("valid_to", "'valid_to' " + validTo + " is before 'valid_from' " + validFrom);
        }
        String source = top.text("source", true);
        String vision = top.text("vision", false);
        String visionTitle = top.text("vision_title", false);
        String visionNote = top.text("vision_note", false);
        String overallGoal = top.text("overall_goal", false);
        String purpose = top.text("purpose", false);
        String scope = top.text("scope", false);
        List<String> targetGroups = top.textList("target_groups");
        List<String> vulnerableGroups = top.textList("vulnerable_groups");
        String followUp = top.text("follow_up", false);
        FollowUpFrequency frequency = followUpFrequency(top);
        List<ActionPlan.SubGoal> subGoals = subGoals(top);
        if (!problems.isEmpty()) {
            throw new ActionPlanException(file, problems);
        }
        return new ActionPlan(version, municipality, title, validFrom, validTo, source, vision, visionTitle,
                visionNote, overallGoal, purpose, scope, targetGroups, vulnerableGroups, followUp, frequency,
                subGoals);
    }

    private MunicipalityCode municipality(Mapping top) {
        String code = top.text("municipality", true);
        if (code == null) {
            return null;
        }
        if (!code.matches("\\d{4}")) {
            top.problem("municipality", "'municipality' must be the four-digit municipality code in quotes, such as \"2280\", not '"
                    + code + "'");
            return null;
        }
        return new MunicipalityCode(code);
    }

    private FollowUpFrequency followUpFrequency(Mapping top) {
        String code = top.text("follow_up_frequency", false);
        if (code == null) {
            return null;
        }
        return FollowUpFrequency.fromCode(code).orElseGet(() -> {
            top.problem("follow_up_frequency", "'follow_up_frequency' must be yearly, half_yearly or none_stated, not '"
                    + code + "'");
            return null;
        });
    }

    private List<ActionPlan.SubGoal> subGoals(Mapping top) {
        List<Mapping> entries = top.mappings("sub_goals", "'sub_goals' is empty; a plan needs at least one sub-goal");
        Map<String, Integer> seen = new HashMap<>();
        List<ActionPlan.SubGoal> subGoals = new ArrayList<>();
        for (Mapping entry : entries) {
            String id = entry.text("id", true);
            Mapping goal = id == null ? entry : entry.named("sub-goal " + id);
            if (id != null) {
                if (!SUB_GOAL_ID.matcher(id).matches()) {
                    goal.problem("id", "sub-goal id '" + id + "' must be one word without dots, such as D1 or O1");
                }
                Integer first = seen.putIfAbsent(id, goal.lineOf("id"));
                if (first != null) {
                    goal.problem("id", "duplicate sub-goal id '" + id + "', already used" + onLine(first));
                }
            }
            goal.onlyKeys(SUB_GOAL_KEYS);
            String title = goal.text("title", true);
            String description = goal.text("description", false);
            List<ActionPlan.Activity> activities = activities(goal, id);
            String heading = goal.text("indicators_heading", false);
            List<ActionPlan.Indicator> indicators = indicators(goal, id);
            subGoals.add(new ActionPlan.SubGoal(id, title, description, activities, heading, indicators));
        }
        return subGoals;
    }

    private List<ActionPlan.Activity> activities(Mapping goal, String goalId) {
        List<Mapping> entries = goal.mappings("activities", "has no activities; every sub-goal needs at least one");
        List<ActionPlan.Activity> activities = new ArrayList<>();
        for (Mapping entry : entries) {
            String id = entry.text("id", true);
            Mapping a = planEntry(entry, id, goalId, "A", "activity");
            a.onlyKeys(ACTIVITY_KEYS);
            String text = a.text("text", true);
            String action = a.text("action", false);
            String responsible = a.text("responsible", true);
            String timeFrame = a.text("time_frame", false);
            LocalDate starts = a.date("starts");
            LocalDate due = a.date("due");
            if (starts != null && due != null && due.isBefore(starts)) {
                a.problem("due", "'due' " + due + " is before 'starts' " + starts);
            }
            boolean recurring = a.bool("recurring", false);
            Integer timesPerYear = a.integer("times_per_year", false);
            if (timesPerYear != null && timesPerYear < 1) {
                a.problem("times_per_year", "'times_per_year' must be at least 1, not " + timesPerYear);
            } else if (timesPerYear != null && !recurring) {
                a.problem("times_per_year", "'times_per_year' is only for a recurring activity (recurring: true)");
            }
            List<String> measuredBy = a.textList("measured_by");
            for (int i = 0; i < measuredBy.size(); i++) {
                String catalogueId = measuredBy.get(i);
                if (!catalogue.contains(catalogueId)) {
                    a.problemAt(a.pointer.appendProperty("measured_by").appendIndex(i),
                            "'measured_by' names '" + catalogueId + "', which is not in the indicator catalogue"
                                    + hint(catalogueId));
                }
            }
            activities.add(new ActionPlan.Activity(id, text, action, responsible, timeFrame, starts, due, recurring,
                    timesPerYear, measuredBy));
        }
        return activities;
    }

    private List<ActionPlan.Indicator> indicators(Mapping goal, String goalId) {
        List<Mapping> entries = goal.mappings("indicators", null);
        List<ActionPlan.Indicator> indicators = new ArrayList<>();
        for (Mapping entry : entries) {
            String id = entry.text("id", true);
            Mapping ind = planEntry(entry, id, goalId, "I", "indicator");
            ind.onlyKeys(INDICATOR_KEYS);
            String title = ind.text("title", true);
            String planText = ind.text("plan_text", false);
            String computed = ind.text("computed", false);
            boolean hasManual = ind.value("manual") != null;
            boolean manual = ind.bool("manual", false);
            if (hasManual && !manual && ind.value("manual").isBoolean()) {
                ind.problem("manual", "'manual' can only be true; an indicator computed from the data says "
                        + "'computed: <catalogue id>' instead");
            }
            if (computed != null && hasManual) {
                ind.problem("manual", "has both 'computed' and 'manual'; an indicator is one or the other");
            } else if (computed == null && !hasManual) {
                ind.missing("needs either 'computed: <catalogue id>' or 'manual: true'");
            }
            if (computed != null && !catalogue.contains(computed)) {
                ind.problem("computed", "'computed' names '" + computed + "', which is not in the indicator catalogue"
                        + hint(computed));
            }
            IndicatorUnit unit = unit(ind, manual);
            String note = ind.text("note", false);
            indicators.add(new ActionPlan.Indicator(id, title, planText, computed, unit, note));
        }
        return indicators;
    }

    private IndicatorUnit unit(Mapping ind, boolean manual) {
        String code = ind.text("unit", false);
        String codes = Arrays.stream(IndicatorUnit.values()).map(IndicatorUnit::code)
                .collect(Collectors.joining(", "));
        if (code == null) {
            if (manual) {
                ind.missing("required key 'unit' is missing; a manual indicator needs one of " + codes);
            }
            return null;
        }
        return IndicatorUnit.fromCode(code).orElseGet(() -> {
            ind.problem("unit", "'unit' must be one of " + codes + ", not '" + code + "'");
            return null;
        });
    }

    /**
     * Checks an activity or indicator id: its form {@code <sub-goal id>.A<n>} and that the plan has it
     * once; returns the entry named by its id, or by its position when it has none.
     */
    private Mapping planEntry(Mapping entry, String id, String goalId, String letter, String kind) {
        if (id == null) {
            return entry;
        }
        Mapping named = entry.named(kind + " " + id);
        if (goalId != null && !id.matches(Pattern.quote(goalId) + "\\." + letter + "[1-9][0-9]*")) {
            named.problem("id", kind + " id '" + id + "' must be the sub-goal's id, ." + letter + " and a number, such as "
                    + goalId + "." + letter + "1");
        }
        Integer first = idLines.putIfAbsent(id, named.lineOf("id"));
        if (first != null) {
            named.problem("id", "duplicate id '" + id + "', already used" + onLine(first));
        }
        return named;
    }

    /** A likely typo gets its correction; otherwise the whole catalogue is listed. */
    private String hint(String unknown) {
        return catalogue.stream()
                .filter(known -> EditDistance.between(known, unknown) <= 2)
                .min(Comparator.comparingInt((String known) -> EditDistance.between(known, unknown)).thenComparing(known -> known))
                .map(known -> "; did you mean '" + known + "'?")
                .orElseGet(() -> " (known: " + String.join(", ", new TreeSet<>(catalogue)) + ")");
    }

    private static String onLine(int line) {
        return line > 0 ? " on line " + line : "";
    }

    private ActionPlanException fail(int line, String where, String message) {
        problems.add(new PlanProblem(file, line, where, message));
        return new ActionPlanException(file, problems);
    }

    /** A YAML mapping of the plan, with where it sits in the file and how messages name it. */
    private final class Mapping {
        private final JsonNode node;
        private final JsonPointer pointer;
        private final String where;

        Mapping(JsonNode node, JsonPointer pointer, String where) {
            this.node = node;
            this.pointer = pointer;
            this.where = where;
        }

        Mapping named(String name) {
            return new Mapping(node, pointer, name);
        }

        void onlyKeys(List<String> known) {
            for (String key : node.propertyNames()) {
                if (!known.contains(key)) {
                    problem(key, "unknown key '" + key + "' (the keys here are " + String.join(", ", known) + ")");
                }
            }
        }

        /** The value of a key, or null when the key is absent or empty. */
        JsonNode value(String key) {
            JsonNode v = node.get(key);
            return v == null || v.isNull() ? null : v;
        }

        String text(String key, boolean required) {
            JsonNode v = value(key);
            if (v == null) {
                if (required) {
                    missingKey(key);
                }
                return null;
            }
            if (!v.isString()) {
                problem(key, "'" + key + "' must be text" + (v.isValueNode() ? " (put it in quotes)" : ""));
                return null;
            }
            String s = v.stringValue().strip();
            if (s.isEmpty() && required) {
                missingKey(key);
            }
            return s.isEmpty() ? null : s;
        }

        LocalDate date(String key) {
            JsonNode v = value(key);
            if (v == null) {
                return null;
            }
            String s = v.isValueNode() ? v.asString() : "";
            try {
                return LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                problem(key, "'" + key + "' must be a real date written yyyy-mm-dd, such as 2026-12-31, not '"
                        + (v.isValueNode() ? s : v.toString()) + "'");
                return null;
            }
        }

        boolean bool(String key, boolean absent) {
            JsonNode v = value(key);
            if (v == null) {
                return absent;
            }
            if (!v.isBoolean()) {
                problem(key, "'" + key + "' must be true or false, not '" + v.asString("") + "'");
                return absent;
            }
            return v.booleanValue();
        }

        Integer integer(String key, boolean required) {
            JsonNode v = value(key);
            if (v == null) {
                if (required) {
                    missingKey(key);
                }
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                problem(key, "'" + key + "' must be a whole number, not '" + v.asString("") + "'");
                return null;
            }
            return v.intValue();
        }

        List<String> textList(String key) {
            JsonNode v = value(key);
            if (v == null) {
                return List.of();
            }
            if (!v.isArray()) {
                problem(key, "'" + key + "' must be a list");
                return List.of();
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode item = v.get(i);
                if (item.isString() && !item.stringValue().isBlank()) {
                    texts.add(item.stringValue().strip());
                } else {
                    problemAt(pointer.appendProperty(key).appendIndex(i),
                            "entry " + (i + 1) + " of '" + key + "' must be text");
                }
            }
            return texts;
        }

        /**
         * The entries of a required list of mappings; empty (after reporting) when the key is missing, empty
         * or not such a list.
         *
         * @param whenEmpty the problem an empty list is, or null when the list may be empty
         */
        List<Mapping> mappings(String key, String whenEmpty) {
            JsonNode v = value(key);
            if (v == null) {
                if (node.get(key) == null) {
                    missingKey(key);
                } else {
                    problem(key, whenEmpty != null ? whenEmpty : "'" + key + "' has no value; write [] when there are none");
                }
                return List.of();
            }
            if (!v.isArray()) {
                problem(key, "'" + key + "' must be a list");
                return List.of();
            }
            if (v.isEmpty() && whenEmpty != null) {
                problem(key, whenEmpty);
            }
            List<Mapping> entries = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonPointer at = pointer.appendProperty(key).appendIndex(i);
                String name = (where.isEmpty() ? "" : where + ", ") + key + "[" + (i + 1) + "]";
                if (v.get(i).isObject()) {
                    entries.add(new Mapping(v.get(i), at, name));
                } else {
                    problemAt(at, "entry " + (i + 1) + " of '" + key + "' must be a mapping of keys");
                }
            }
            return entries;
        }

        int lineOf(String key) {
            return lineAt(pointer.appendProperty(key));
        }

        void missingKey(String key) {
            missing("required key '" + key + "' is missing");
        }

        /** A problem with the mapping as a whole, reported at its first line. */
        void missing(String message) {
            problems.add(new PlanProblem(file, lineAt(pointer), where, message));
        }

        void problem(String key, String message) {
            problemAt(pointer.appendProperty(key), message);
        }

        void problemAt(JsonPointer at, String message) {
            problems.add(new PlanProblem(file, lineAt(at), where, message));
        }

        private int lineAt(JsonPointer at) {
            for (JsonPointer p = at; p != null; p = p.head()) {
                Integer line = lines.get(p.toString());
                if (line != null) {
                    return line;
                }
            }
            return 0;
        }
    }
}
