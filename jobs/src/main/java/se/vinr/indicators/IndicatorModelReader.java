package se.vinr.indicators;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

import se.vinr.reports.model.Breakdown;
import se.vinr.reports.model.ChartHint;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.Unit;

/**
 * Reads one indicator model: {@code <id>.yml} (everything the indicator means) and {@code <id>.sql} (the
 * query alone), like a dbt model. Jackson binds the YAML onto records with unknown keys refused, so a
 * misspelt key cannot silently lose its value; the format is documented in {@code sql/README.md}.
 */
final class IndicatorModelReader {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> POLARITIES = Set.of("higher_is_better", "lower_is_better", "neither");
    private static final Map<String, SharedCounts.Count> COUNTS = Map.of(
            "numerator", SharedCounts.Count.NUMERATOR, "denominator", SharedCounts.Count.DENOMINATOR);

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    /** The YAML file as written; every key is optional to Jackson and checked below with a sentence. */
    record Model(Texts title, Texts definition, String unit, String numerator, String denominator, String polarity,
                 String subGoal, Double goal, String population, National national, Boolean portable,
                 String portabilityNote, List<String> additive, Boolean cumulative, List<String> charts,
                 Shared sharedCounts, String tests) {
    }

    record Texts(String sv, String en) {
    }

    /** The matching national figures: a comparable source in words, and the Kolada KPIs that measure the same. */
    record National(String comparison, List<KoladaEntry> kolada) {
    }

    /** {@code kpi: U30750}, {@code relation: match | context}, {@code reason: …} */
    record KoladaEntry(String kpi, String relation, String reason) {
    }

    record Shared(List<String> assumedAdditive, String subsetKey, List<SumEntry> sums, List<RefEntry> sameAs,
                  List<ContainsEntry> contains, List<StepEntry> steps) {
    }

    record StepEntry(RefEntry cumulative, RefEntry increase) {
    }

    record SumEntry(RefEntry total, List<RefEntry> parts) {
    }

    record ContainsEntry(RefEntry whole, RefEntry part) {
    }

    /** A count: the indicator defaults to the model's own, the breakdown to {@code all}, the count to the numerator. */
    record RefEntry(String indicator, String breakdown, String count) {
    }

    /**
     * @param id          the model's id, its file name without {@code .yml}
     * @param modelFile   where the YAML was read from, for messages
     * @param queryFile   where the query was read from, for messages
     */
    IndicatorSpec read(String id, String modelFile, String yaml, String queryFile, String query) {
        if (!ID.matcher(id).matches()) {
            throw invalid(modelFile, "the id '" + id + "' (the file name) is not lower-case letters, digits and _");
        }
        Model model;
        try {
            model = YAML.readValue(yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml, Model.class);
        } catch (JacksonException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() <= 0 ? ""
                    : " (line " + e.getLocation().getLineNr() + ")";
            throw invalid(modelFile, firstLine(e.getOriginalMessage()) + where);
        }
        if (model == null) {
            throw invalid(modelFile, "it is empty");
        }
        String sql = stripTrailingSemicolons(query);
        if (!hasStatement(sql)) {
            throw invalid(queryFile, "there is no query in it");
        }
        Texts title = required(modelFile, "title", model.title());
        Texts definition = required(modelFile, "definition", model.definition());
        OptionalDouble goal = model.goal() == null ? OptionalDouble.empty() : OptionalDouble.of(model.goal());
        boolean portable = required(modelFile, "portable", model.portable());
        String note = model.portabilityNote() == null ? "" : model.portabilityNote().trim();
        if (!portable && note.isEmpty()) {
            throw invalid(modelFile, "portable: false needs a portability_note (which construct is engine-specific, and why)");
        }
        IndicatorDefinition meaning = new IndicatorDefinition(id,
                text(modelFile, "title.sv", title.sv()), text(modelFile, "title.en", title.en()),
                text(modelFile, "definition.sv", definition.sv()), text(modelFile, "definition.en", definition.en()),
                unit(modelFile, text(modelFile, "unit", model.unit())),
                text(modelFile, "numerator", model.numerator()), text(modelFile, "denominator", model.denominator()),
                polarity(modelFile, text(modelFile, "polarity", model.polarity())),
                model.subGoal() == null ? "" : model.subGoal().trim(),
                model.national() == null || model.national().comparison() == null ? ""
                        : model.national().comparison().trim(),
                model.goal(), charts(modelFile, model.charts()));
        return new IndicatorSpec(meaning, goal, groups(modelFile, "additive", model.additive()),
                population(modelFile, model.population()), portable, note, queryFile, sql,
                shared(id, modelFile, model.sharedCounts()), Boolean.TRUE.equals(model.cumulative()),
                tests(modelFile, model.tests()), kolada(modelFile, model.national()));
    }

    private static SeriesTests tests(String file, String text) {
        try {
            return SeriesTests.parse(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw invalid(file, e.getMessage());
        }
    }

    private static List<KoladaDeclaration> kolada(String file, National national) {
        if (national == null || national.kolada() == null) {
            return List.of();
        }
        List<KoladaDeclaration> declarations = new java.util.ArrayList<>();
        for (KoladaEntry entry : national.kolada()) {
            if (entry == null || entry.kpi() == null || !entry.kpi().trim().matches("[A-Z]\\d{5}")) {
                throw invalid(file, "national.kolada: every entry needs 'kpi:' with a Kolada KPI id such as U30750");
            }
            String relation = entry.relation() == null ? "" : entry.relation().trim();
            if (!relation.equals("match") && !relation.equals("context")) {
                throw invalid(file, "national.kolada " + entry.kpi() + ": 'relation:' must be match (the same definition,"
                        + " compared) or context (shown with the reason), not '" + relation + "'");
            }
            declarations.add(new KoladaDeclaration(entry.kpi().trim(), relation.equals("match"),
                    text(file, "national.kolada " + entry.kpi() + " reason", entry.reason())));
        }
        return List.copyOf(declarations);
    }

    private static <T> T required(String file, String key, T value) {
        if (value == null) {
            throw invalid(file, "it lacks '" + key + ":'");
        }
        return value;
    }

    private static String text(String file, String key, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(file, "it lacks '" + key + ":' (a plain sentence)");
        }
        return value.trim();
    }

    private static Unit unit(String file, String code) {
        try {
            return Unit.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw invalid(file, "unknown unit '" + code + "' (expected count, percent, per_10000, ratio or days)");
        }
    }

    private static Polarity polarity(String file, String code) {
        if (!POLARITIES.contains(code)) {
            throw invalid(file, "unknown polarity '" + code + "' (expected higher_is_better, lower_is_better or neither)");
        }
        return Polarity.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private static Set<ChartHint> charts(String file, List<String> codes) {
        Set<ChartHint> charts = EnumSet.noneOf(ChartHint.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            try {
                charts.add(ChartHint.fromCode(code));
            } catch (IllegalArgumentException e) {
                throw invalid(file, e.getMessage());
            }
        }
        return charts;
    }

    private static List<AdditiveGroup> groups(String file, String key, List<String> texts) {
        List<AdditiveGroup> groups = new ArrayList<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            try {
                groups.add(AdditiveGroup.parse(text));
            } catch (IllegalArgumentException e) {
                throw invalid(file, key + ": " + e.getMessage());
            }
        }
        return groups;
    }

    private static Optional<PopulationBasis> population(String file, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PopulationBasis.parse(text));
        } catch (IllegalArgumentException e) {
            throw invalid(file, e.getMessage());
        }
    }

    private static SharedCounts shared(String id, String file, Shared shared) {
        if (shared == null) {
            return SharedCounts.NONE;
        }
        List<SharedCounts.Sum> sums = new ArrayList<>();
        for (SumEntry sum : shared.sums() == null ? List.<SumEntry>of() : shared.sums()) {
            if (sum.total() == null || sum.parts() == null || sum.parts().isEmpty()) {
                throw invalid(file, "each of shared_counts.sums needs a total and its parts");
            }
            sums.add(new SharedCounts.Sum(ref(id, file, sum.total()),
                    sum.parts().stream().map(p -> ref(id, file, p)).toList()));
        }
        List<SharedCounts.Ref> sameAs = (shared.sameAs() == null ? List.<RefEntry>of() : shared.sameAs()).stream()
                .map(r -> ref(id, file, r)).toList();
        List<SharedCounts.Contains> contains = new ArrayList<>();
        for (ContainsEntry entry : shared.contains() == null ? List.<ContainsEntry>of() : shared.contains()) {
            if (entry.whole() == null || entry.part() == null) {
                throw invalid(file, "each of shared_counts.contains needs a whole and a part");
            }
            contains.add(new SharedCounts.Contains(ref(id, file, entry.whole()), ref(id, file, entry.part())));
        }
        List<SharedCounts.Step> steps = new ArrayList<>();
        for (StepEntry entry : shared.steps() == null ? List.<StepEntry>of() : shared.steps()) {
            if (entry.cumulative() == null || entry.increase() == null) {
                throw invalid(file, "each of shared_counts.steps needs a cumulative count and its increase");
            }
            steps.add(new SharedCounts.Step(ref(id, file, entry.cumulative()), ref(id, file, entry.increase())));
        }
        String subsetKey = shared.subsetKey() == null || shared.subsetKey().isBlank() ? null : shared.subsetKey().trim();
        return new SharedCounts(groups(file, "shared_counts.assumed_additive", shared.assumedAdditive()),
                Optional.ofNullable(subsetKey), sums, sameAs, contains, steps);
    }

    private static SharedCounts.Ref ref(String id, String file, RefEntry entry) {
        String indicator = entry.indicator() == null ? id : entry.indicator().trim();
        String breakdown = entry.breakdown() == null ? Breakdown.ALL_TEXT : entry.breakdown().trim();
        try {
            Breakdown.parse(breakdown);
        } catch (IllegalArgumentException e) {
            throw invalid(file, "shared_counts: " + e.getMessage());
        }
        SharedCounts.Count count = COUNTS.get(entry.count() == null ? "numerator" : entry.count().trim());
        if (count == null) {
            throw invalid(file, "shared_counts: count is numerator or denominator, not '" + entry.count() + "'");
        }
        return new SharedCounts.Ref(indicator, breakdown, count);
    }

    private static boolean hasStatement(String sql) {
        return sql.lines().map(String::strip).anyMatch(l -> !l.isEmpty() && !l.startsWith("--") && !l.equals(";"));
    }

    /** The runner nests the query in a sub-select, where a closing semicolon or trailing comment would break it. */
    private static String stripTrailingSemicolons(String sql) {
        String result = (sql.startsWith("\uFEFF") ? sql.substring(1) : sql).stripTrailing();
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

    private static String firstLine(String message) {
        return message == null ? "not readable as YAML" : message.lines().findFirst().orElse(message).trim();
    }

    static InvalidIndicatorFileException invalid(String file, String problem) {
        return new InvalidIndicatorFileException("The indicator model " + file + " is invalid: " + problem + ".");
    }
}
