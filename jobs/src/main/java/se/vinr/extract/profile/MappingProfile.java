package se.vinr.extract.profile;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import se.vinr.extract.RecordKind;
import se.vinr.extract.csv.DialectSettings;
import se.vinr.extract.csv.Messages;

/**
 * How a municipality's export differs from the contract, so the job can read it as it is (contract,
 * section 2): where each file is, its encoding and delimiter, the date pattern, the separator of
 * multi-valued codes, source headers renamed to contract fields, source values translated to contract
 * codes, and optionally one SQL query per file for reading from a reporting database instead. The YAML
 * form is described in {@code docs/profiles.md}; {@link #none()} is the contract itself.
 */
public final class MappingProfile {

    public static final String DEFAULT_LIST_SEPARATOR = "|";

    private static final MappingProfile NONE = new MappingProfile(null, DialectSettings.auto(), DatePatterns.DEFAULT,
            DEFAULT_LIST_SEPARATOR, Map.of(), Map.of(), Map.of(), Map.of(), null, false);

    private final Path source;
    private final DialectSettings dialect;
    private final String datePattern;
    private final DateTimeFormatter dateFormatter;
    private final String listSeparator;
    private final Map<RecordKind, String> fileNames;
    private final Map<RecordKind, Map<String, String>> headerRenames;
    private final Map<RecordKind, CodeMapping> codes;
    private final Map<RecordKind, String> databaseQueries;
    private final DatabaseConnection database;
    private final boolean keepComments;

    MappingProfile(Path source, DialectSettings dialect, String datePattern, String listSeparator,
                   Map<RecordKind, String> fileNames, Map<RecordKind, Map<String, String>> headerRenames,
                   Map<RecordKind, CodeMapping> codes, Map<RecordKind, String> databaseQueries,
                   DatabaseConnection database, boolean keepComments) {
        this.source = source;
        this.dialect = dialect;
        this.datePattern = datePattern;
        this.dateFormatter = DatePatterns.strictFormatter(datePattern);
        this.listSeparator = listSeparator;
        this.fileNames = immutable(fileNames);
        Map<RecordKind, Map<String, String>> renames = new EnumMap<>(RecordKind.class);
        headerRenames.forEach((kind, map) -> renames.put(kind, Map.copyOf(map)));
        this.headerRenames = immutable(renames);
        this.codes = immutable(codes);
        this.databaseQueries = immutable(databaseQueries);
        this.database = database;
        this.keepComments = keepComments;
    }

    /** The same profile reading dates as {@code yyyy-MM-dd}: how the database source writes them. */
    public MappingProfile withIsoDates() {
        return new MappingProfile(source, dialect, DatePatterns.DEFAULT, listSeparator, fileNames, headerRenames, codes,
                databaseQueries, database, keepComments);
    }

    /** The contract as it is: nothing renamed or translated, dialect detected, dates {@code yyyy-MM-dd}. */
    public static MappingProfile none() {
        return NONE;
    }

    /** Reads a profile, with messages in Swedish. */
    public static MappingProfile load(Path file) {
        return load(file, Messages.swedish());
    }

    /**
     * Reads and checks a profile.
     *
     * @throws ProfileException naming the file, the place in it and the fix, when it cannot be read, is
     *                          not valid YAML, has an unknown key, file or field, a code outside the
     *                          field's code list, or a bad encoding, delimiter or date pattern
     */
    public static MappingProfile load(Path file, Messages messages) {
        return new ProfileReader(file, messages).read();
    }

    /** The profile file, for the manifest; empty for {@link #none()}. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    public DialectSettings dialect() {
        return dialect;
    }

    public String datePattern() {
        return datePattern;
    }

    /** A strict formatter for {@link #datePattern()}. */
    public DateTimeFormatter dateFormatter() {
        return dateFormatter;
    }

    /** What separates the codes of a multi-valued field such as {@code violence_types}. */
    public String listSeparator() {
        return listSeparator;
    }

    /** The name of the file holding {@code kind} in the package folder: the profile's, else the contract's. */
    public String fileName(RecordKind kind) {
        return fileNames.getOrDefault(kind, kind.csvName());
    }

    /** Source header → contract field for {@code kind}, keys trimmed and lower-cased, for the CSV reader. */
    public Map<String, String> headerRenames(RecordKind kind) {
        return headerRenames.getOrDefault(kind, Map.of());
    }

    public CodeMapping codes(RecordKind kind) {
        return codes.getOrDefault(kind, CodeMapping.none());
    }

    /** The SQL that reads {@code kind} from a reporting database, if the profile has one. */
    public Optional<String> databaseQuery(RecordKind kind) {
        return Optional.ofNullable(databaseQueries.get(kind));
    }

    public Map<RecordKind, String> databaseQueries() {
        return databaseQueries;
    }

    /**
     * Whether free-text comments ({@code plan_status.csv}'s {@code comment}) are kept: by default they
     * are dropped in the extract and never reach the warehouse; kept, each is checked for personal
     * numbers and name-like words first ({@code keep_comments: true} in the profile).
     */
    public boolean keepComments() {
        return keepComments;
    }

    /** The reporting database to read from, when the profile names one (with at least one query). */
    public Optional<DatabaseConnection> database() {
        return Optional.ofNullable(database);
    }

    /**
     * Where the reporting database is. The password is never in the profile: it is read from the
     * environment variable {@code passwordVariable} when the extract runs.
     */
    public record DatabaseConnection(String url, String user, String passwordVariable) {
    }

    private static <V> Map<RecordKind, V> immutable(Map<RecordKind, V> map) {
        return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(map));
    }
}
