package se.vinr.extract.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.vinr.extract.FieldSpec;
import se.vinr.extract.RecordKind;

/**
 * Streams the rows of one input file as {@link RawRecord}s (docs/contract.md#2-input-files): RFC 4180 quoting, the
 * header matched to the record kind's fields case-insensitively with surrounding spaces trimmed, after
 * the profile's renames; unknown columns ignored and listed. Blank lines are not rows. Values are
 * passed on untrimmed: trimming belongs to validation.
 *
 * <p>A 0-byte file, or one with no header row, fails: an export that lost even its header is broken,
 * whereas a header without rows is a valid report of nothing. Not thread-safe; one reader per file.
 */
public final class CsvRecordReader implements Closeable {

    private final String fileName;
    private final CsvDialect dialect;
    private final Messages messages;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    /** The contract field of each header column, null for an ignored column; set once by the header. */
    private String[] fieldOfColumn;
    private List<String> ignoredColumns;
    private long lastLineRead;

    private CsvRecordReader(String fileName, CsvDialect dialect, Messages messages, CSVParser parser) {
        this.fileName = fileName;
        this.dialect = dialect;
        this.messages = messages;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /**
     * Opens {@code file} and reads its header.
     *
     * @param headerRenames source header → contract field, keys trimmed and lower-cased
     *                      (what {@code MappingProfile.headerRenames} returns); empty for none
     * @throws ExtractFileException when the file is empty, has no header, lacks a required column, has
     *                              a column twice, or cannot be read
     */
    public static CsvRecordReader open(Path file, CsvDialect dialect, RecordKind kind,
                                       Map<String, String> headerRenames, Messages messages) {
        String fileName = file.getFileName().toString();
        CSVParser parser;
        try {
            if (Files.size(file) == 0) {
                throw new ExtractFileException(fileName, 0, messages.text("file.empty", fileName));
            }
            parser = CSVParser.builder().setReader(decodingReader(file, dialect)).setFormat(formatOf(dialect)).get();
        } catch (IOException e) {
            throw new ExtractFileException(fileName, 0, messages.text("file.unreadable", fileName, e.getMessage()), e);
        }
        CsvRecordReader reader = new CsvRecordReader(fileName, dialect, messages, parser);
        try {
            reader.readHeader(kind, headerRenames);
            return reader;
        } catch (RuntimeException e) {
            try {
                parser.close();
            } catch (IOException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    private static Reader decodingReader(Path file, CsvDialect dialect) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            if (dialect.bom()) {
                in.skipNBytes(3);
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new InputStreamReader(in, dialect.encoding().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static CSVFormat formatOf(CsvDialect dialect) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(dialect.delimiter())
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .get();
    }

    private void readHeader(RecordKind kind, Map<String, String> headerRenames) {
        CSVRecord header = next();
        if (header == null) {
            throw new ExtractFileException(fileName, 0, messages.text("file.no_header", fileName));
        }
        lastLineRead = parser.getCurrentLineNumber();
        String[] fields = new String[header.size()];
        Map<String, Integer> columnOfField = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        List<String> recognised = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").trim();
            if (name.isEmpty()) {
                continue;
            }
            String key = name.toLowerCase(Locale.ROOT);
            String target = headerRenames.getOrDefault(key, key);
            String field = kind.fields().stream().map(FieldSpec::name)
                    .filter(f -> f.equalsIgnoreCase(target)).findFirst().orElse(null);
            if (field == null) {
                ignored.add(name);
                continue;
            }
            Integer earlier = columnOfField.putIfAbsent(field, i + 1);
            if (earlier != null) {
                throw new ExtractFileException(fileName, 1,
                        messages.text("file.duplicate_column", fileName, earlier, i + 1, field));
            }
            recognised.add(messages.text("file.column_at", field, i + 1));
            fields[i] = field;
        }
        List<String> missing = kind.fields().stream()
                .filter(f -> f.required() && !columnOfField.containsKey(f.name()))
                .map(FieldSpec::name).toList();
        if (!missing.isEmpty()) {
            // Columns are named by the field they were taken for and their position, never by what the
            // header says: a file without its header row has a row of data there, personal numbers included.
            String key = missing.size() == 1 ? "file.missing_column" : "file.missing_columns";
            throw new ExtractFileException(fileName, 1, messages.text(key, fileName, String.join(", ", missing),
                    recognised.isEmpty() ? messages.text("file.no_known_columns", header.size())
                            : String.join(", ", recognised)));
        }
        fieldOfColumn = fields;
        ignoredColumns = List.copyOf(ignored);
    }

    /**
     * The next row, or null after the last.
     *
     * @throws ExtractFileException when the rest of the file cannot be decoded or parsed (an unclosed
     *                              quote, text right after a closing quote)
     */
    public RawRecord read() {
        CSVRecord record = next();
        if (record == null) {
            return null;
        }
        long endLine = parser.getCurrentLineNumber();
        long line = endLine - lineBreaksInside(record);
        lastLineRead = endLine;
        Map<String, String> values = new HashMap<>();
        int columns = Math.min(record.size(), fieldOfColumn.length);
        for (int i = 0; i < columns; i++) {
            if (fieldOfColumn[i] != null) {
                values.put(fieldOfColumn[i], record.get(i));
            }
        }
        return new RawRecord(line, values, record.size(), record.size() != fieldOfColumn.length);
    }

    /** Header names (as written, trimmed) that match no field of the record kind; for the manifest. */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    public CsvDialect dialect() {
        return dialect;
    }

    public String fileName() {
        return fileName;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private CSVRecord next() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            long line = lastLineRead + 1;
            if (hasCause(e, CharacterCodingException.class)) {
                throw new ExtractFileException(fileName, line, messages.text("file.undecodable", fileName, line,
                        DialectDetector.displayName(dialect.encoding())), e);
            }
            throw new ExtractFileException(fileName, line, messages.text("file.unparseable", fileName, line), e);
        }
    }

    /**
     * Physical line breaks inside quoted values: the parser's line count is where a row ends, and a row
     * is known by the line where it starts.
     */
    private static long lineBreaksInside(CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\r' || (c == '\n' && (i == 0 || value.charAt(i - 1) != '\r'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
