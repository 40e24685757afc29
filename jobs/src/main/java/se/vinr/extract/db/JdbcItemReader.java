package se.vinr.extract.db;

import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import se.vinr.extract.RecordKind;
import se.vinr.extract.csv.RawRecord;

/**
 * Streams one record kind from the reporting database as {@link RawRecord}s: the step-level twin of
 * the CSV reader, writing the same execution-context entries the manifest step reads. A kind without a
 * query is marked missing; a missing {@code cases} query fails the step. Always starts from the first
 * row, also on restart, because the step's Parquet file is rewritten whole; the rows are then those the
 * database holds at the restart.
 */
public class JdbcItemReader implements ItemStreamReader<RawRecord> {

    /** The keys {@code CsvItemReader} writes and {@code ManifestTasklet} reads. */
    static final String NAME = "file.name";
    static final String MISSING = "file.missing";
    static final String IGNORED = "file.ignoredColumns";

    private final RecordKind kind;
    private final JdbcRecordSource source;
    private final Map<String, String> headerRenames;
    private JdbcRecordCursor cursor;

    /** @param headerRenames source column → contract field, keys lower-cased (the profile's {@code headers}) */
    public JdbcItemReader(RecordKind kind, JdbcRecordSource source, Map<String, String> headerRenames) {
        this.kind = kind;
        this.source = source;
        this.headerRenames = Map.copyOf(headerRenames);
    }

    @Override
    public void open(ExecutionContext context) {
        context.putString(NAME, kind.csvName());
        if (!source.hasQuery(kind) && !kind.isRequiredFile()) {
            context.putString(MISSING, "true");
            return;
        }
        context.putString(MISSING, "false");
        cursor = source.open(kind, headerRenames);
        context.putString(IGNORED, String.join("\u001f", cursor.ignoredColumns()));
    }

    @Override
    public RawRecord read() {
        return cursor == null ? null : cursor.read();
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }
}
