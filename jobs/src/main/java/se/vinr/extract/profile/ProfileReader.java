package se.vinr.extract.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.vinr.extract.FieldSpec;
import se.vinr.extract.FieldType;
import se.vinr.extract.RecordKind;
import se.vinr.extract.csv.DialectDetector;
import se.vinr.extract.csv.DialectSettings;
import se.vinr.extract.csv.Messages;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a mapping profile's YAML and checks every part of it against the contract, so that a typo is
 * reported when the job starts, with its place in the file, rather than as thousands of rejected rows.
 */
final class ProfileReader {

    private static final List<String> TOP_KEYS = List.of("description", "encoding", "delimiter", "date_pattern",
            "list_separator", "keep_comments", "files", "headers", "codes", "database");
    private static final List<String> FILE_KEYS = List.of("name", "headers", "codes");
    private static final List<String> DATABASE_KEYS = List.of("url", "user", "password_env", "queries");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Path path;
    private final String shown;
    private final Messages messages;

    ProfileReader(Path path, Messages messages) {
        this.path = path;
        this.shown = path.toString();
        this.messages = messages;
    }

    MappingProfile read() {
        JsonNode root = parse();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return build(null);
        }
        if (!root.isObject()) {
            throw fail("profile.top_not_a_mapping", shown);
        }
        return build(root);
    }

    private JsonNode parse() {
        try (InputStream in = Files.newInputStream(path)) {
            return YAML.readTree(in);
        } catch (NoSuchFileException e) {
            throw new ProfileException(messages.text("profile.missing", shown), e);
        } catch (IOException e) {
            throw new ProfileException(messages.text("profile.unreadable", shown, e.getMessage()), e);
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            String problem = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new ProfileException(messages.text("profile.syntax", shown, line, column, problem), e);
        }
    }

    private MappingProfile build(JsonNode root) {
        if (root == null) {
            return new MappingProfile(path, DialectSettings.auto(), DatePatterns.DEFAULT,
                    MappingProfile.DEFAULT_LIST_SEPARATOR, Map.of(), Map.of(), Map.of(), Map.of(), null, false);
        }
        checkKeys(root, "", TOP_KEYS);
        DialectSettings dialect = new DialectSettings(encoding(text(root, "encoding")),
                delimiter(text(root, "delimiter")));
        String datePattern = text(root, "date_pattern").orElse(DatePatterns.DEFAULT);
        try {
            DatePatterns.strictFormatter(datePattern);
        } catch (IllegalArgumentException e) {
            throw new ProfileException(messages.text("profile.bad_date_pattern", shown, datePattern), e);
        }
        String listSeparator = text(root, "list_separator").map(String::trim)
                .orElse(MappingProfile.DEFAULT_LIST_SEPARATOR);
        if (listSeparator.isEmpty()) {
            throw fail("profile.bad_list_separator", shown);
        }

        boolean keepComments = keepComments(text(root, "keep_comments"));

        Map<String, String> globalHeaders = headers(root.get("headers"), "headers", null);
        Map<String, Map<String, String>> globalCodes = codes(root.get("codes"), "codes", null);
        Map<RecordKind, String> fileNames = new EnumMap<>(RecordKind.class);
        Map<RecordKind, Map<String, String>> renames = new EnumMap<>(RecordKind.class);
        Map<RecordKind, CodeMapping> codes = new EnumMap<>(RecordKind.class);
        Map<RecordKind, JsonNode> fileSections = fileSections(root.get("files"), "files");
        for (RecordKind kind : RecordKind.values()) {
            JsonNode section = fileSections.get(kind);
            String where = "files." + kind.baseName();
            Map<String, String> fileHeaders = Map.of();
            Map<String, Map<String, String>> fileCodes = Map.of();
            if (section != null && section.isObject()) {
                checkKeys(section, where, FILE_KEYS);
                text(section, "name", where).ifPresent(name -> fileNames.put(kind, name));
                fileHeaders = headers(section.get("headers"), where + ".headers", kind);
                fileCodes = codes(section.get("codes"), where + ".codes", kind);
            } else if (section != null) {
                fileNames.put(kind, textOf(section, where));
            }
            Map<String, String> merged = new HashMap<>(globalHeaders);
            merged.putAll(fileHeaders);
            renames.put(kind, merged);
            codes.put(kind, new CodeMapping(overlay(globalCodes, fileCodes)));
        }
        Map<RecordKind, String> queries = databaseQueries(root.get("database"));
        return new MappingProfile(path, dialect, datePattern, listSeparator, fileNames, renames, codes, queries,
                databaseConnection(root.get("database"), queries), keepComments);
    }

    private boolean keepComments(Optional<String> value) {
        if (value.isEmpty()) {
            return false;
        }
        return BooleanWords.parse(value.get().trim())
                .orElseThrow(() -> fail("profile.bad_keep_comments", shown, value.get()));
    }

    private Optional<Charset> encoding(Optional<String> value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return switch (value.get().trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> Optional.empty();
            case "utf-8", "utf8" -> Optional.of(StandardCharsets.UTF_8);
            case "windows-1252", "cp1252" -> Optional.of(DialectDetector.WINDOWS_1252);
            default -> throw fail("profile.bad_encoding", shown, value.get());
        };
    }

    private Optional<Character> delimiter(Optional<String> value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return switch (value.get().trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> Optional.empty();
            case ";" -> Optional.of(';');
            case "," -> Optional.of(',');
            default -> throw fail("profile.bad_delimiter", shown, value.get());
        };
    }

    private Map<RecordKind, JsonNode> fileSections(JsonNode node, String where) {
        Map<RecordKind, JsonNode> sections = new EnumMap<>(RecordKind.class);
        for (Map.Entry<String, JsonNode> entry : entries(node, where)) {
            RecordKind kind = kindNamed(entry.getKey(), where);
            if (!entry.getValue().isNull()) {
                sections.put(kind, entry.getValue());
            }
        }
        return sections;
    }

    /** Source header (trimmed, lower-cased) → contract field; {@code kind} null for every file. */
    private Map<String, String> headers(JsonNode node, String where, RecordKind kind) {
        Map<String, String> renames = new HashMap<>();
        Map<String, String> sourceAsWritten = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : entries(node, where)) {
            String target = textOf(entry.getValue(), where + "." + entry.getKey());
            FieldSpec field = field(target, where, kind);
            putOnce(renames, sourceAsWritten, entry.getKey(), field.name(), where);
        }
        return renames;
    }

    /** Field → (source value, trimmed and lower-cased → contract code); {@code kind} null for every file. */
    private Map<String, Map<String, String>> codes(JsonNode node, String where, RecordKind kind) {
        Map<String, Map<String, String>> byField = new HashMap<>();
        for (Map.Entry<String, JsonNode> fieldEntry : entries(node, where)) {
            String fieldWhere = where + "." + fieldEntry.getKey();
            FieldSpec field = field(fieldEntry.getKey(), where, kind);
            Set<String> allowed = targetCodes(field.name(), kind);
            if (allowed.isEmpty()) {
                throw fail("profile.not_coded_field", shown, where, field.name());
            }
            Map<String, String> values = new HashMap<>();
            Map<String, String> sourceAsWritten = new HashMap<>();
            for (Map.Entry<String, JsonNode> valueEntry : entries(fieldEntry.getValue(), fieldWhere)) {
                String target = valueEntry.getValue().isNull()
                        ? "" : textOf(valueEntry.getValue(), fieldWhere + "." + valueEntry.getKey()).trim();
                if (!target.isEmpty() && !allowed.contains(target) && !isBooleanWord(target, field)) {
                    throw fail("profile.unknown_target_code", shown, fieldWhere, target, field.name(),
                            String.join(", ", allowed));
                }
                putOnce(values, sourceAsWritten, valueEntry.getKey(), target, fieldWhere);
            }
            byField.put(field.name(), values);
        }
        return byField;
    }

    private static boolean isBooleanWord(String target, FieldSpec field) {
        return field.type() == FieldType.BOOLEAN && BooleanWords.parse(target).isPresent();
    }

    /** The codes a field may be translated to, over every file with a field of that name when kind is null. */
    private static Set<String> targetCodes(String fieldName, RecordKind kind) {
        Set<String> codes = new LinkedHashSet<>();
        for (RecordKind candidate : kinds(kind)) {
            candidate.field(fieldName).ifPresent(field -> {
                switch (field.type()) {
                    case CODE, CODE_LIST -> codes.addAll(field.codes());
                    case BOOLEAN -> codes.addAll(List.of("true", "false"));
                    default -> { }
                }
            });
        }
        return codes;
    }

    private void putOnce(Map<String, String> map, Map<String, String> sourceAsWritten, String source, String target,
                         String where) {
        String key = CodeMapping.normalise(source);
        String earlier = map.put(key, target);
        String earlierSource = sourceAsWritten.put(key, source);
        if (earlier != null && !earlier.equals(target)) {
            throw fail("profile.conflicting_source", shown, where, earlierSource, source);
        }
    }

    private Map<RecordKind, String> databaseQueries(JsonNode node) {
        Map<RecordKind, String> queries = new EnumMap<>(RecordKind.class);
        if (node == null || node.isNull()) {
            return queries;
        }
        requireMapping(node, "database");
        checkKeys(node, "database", DATABASE_KEYS);
        for (Map.Entry<String, JsonNode> entry : entries(node.get("queries"), "database.queries")) {
            RecordKind kind = kindNamed(entry.getKey(), "database.queries");
            queries.put(kind, textOf(entry.getValue(), "database.queries." + entry.getKey()).trim());
        }
        return queries;
    }

    private MappingProfile.DatabaseConnection databaseConnection(JsonNode node, Map<RecordKind, String> queries) {
        if (node == null || node.isNull()) {
            return null;
        }
        Optional<String> url = text(node, "url", "database");
        if (url.isEmpty()) {
            if (!queries.isEmpty()) {
                throw fail("profile.database_url_missing", shown);
            }
            return null;
        }
        return new MappingProfile.DatabaseConnection(url.get().trim(), text(node, "user", "database").orElse(null),
                text(node, "password_env", "database").orElse(null));
    }

    private static Map<String, Map<String, String>> overlay(Map<String, Map<String, String>> global,
                                                            Map<String, Map<String, String>> file) {
        Map<String, Map<String, String>> merged = new HashMap<>();
        global.forEach((field, values) -> merged.put(field, new HashMap<>(values)));
        file.forEach((field, values) -> merged.computeIfAbsent(field, f -> new HashMap<>()).putAll(values));
        return merged;
    }

    private FieldSpec field(String name, String where, RecordKind kind) {
        for (RecordKind candidate : kinds(kind)) {
            for (FieldSpec field : candidate.fields()) {
                if (field.name().equalsIgnoreCase(name.trim())) {
                    return field;
                }
            }
        }
        if (kind == null) {
            throw fail("profile.unknown_field.any", shown, where, name);
        }
        throw fail("profile.unknown_field.file", shown, where, name, kind.csvName(),
                kind.fields().stream().map(FieldSpec::name).collect(Collectors.joining(", ")));
    }

    private static List<RecordKind> kinds(RecordKind kind) {
        return kind == null ? Arrays.asList(RecordKind.values()) : List.of(kind);
    }

    private RecordKind kindNamed(String key, String where) {
        for (RecordKind kind : RecordKind.values()) {
            if (kind.baseName().equals(key.trim())) {
                return kind;
            }
        }
        throw fail("profile.unknown_file", shown, where, key, fileKeys());
    }

    private static String fileKeys() {
        return Arrays.stream(RecordKind.values()).map(RecordKind::baseName).collect(Collectors.joining(", "));
    }

    private void checkKeys(JsonNode node, String where, List<String> allowed) {
        for (String key : node.propertyNames()) {
            if (!allowed.contains(key)) {
                throw fail("profile.unknown_key", shown, where.isEmpty() ? key : where, key,
                        String.join(", ", allowed));
            }
        }
    }

    private List<Map.Entry<String, JsonNode>> entries(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        requireMapping(node, where);
        return new ArrayList<>(node.properties());
    }

    private void requireMapping(JsonNode node, String where) {
        if (!node.isObject()) {
            throw fail("profile.not_a_mapping", shown, where);
        }
    }

    private Optional<String> text(JsonNode parent, String key) {
        return text(parent, key, "");
    }

    private Optional<String> text(JsonNode parent, String key, String where) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(textOf(node, where.isEmpty() ? key : where + "." + key));
    }

    private String textOf(JsonNode node, String where) {
        if (!node.isValueNode()) {
            throw fail("profile.not_text", shown, where);
        }
        return node.asString();
    }

    private ProfileException fail(String key, Object... args) {
        return new ProfileException(messages.text(key, args));
    }
}
