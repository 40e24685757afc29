package se.vinr.extract.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import se.vinr.extract.RecordKind;
import se.vinr.extract.csv.CsvDialect;
import se.vinr.extract.csv.CsvRecordReader;
import se.vinr.extract.csv.DialectDetector;
import se.vinr.extract.csv.Messages;
import se.vinr.extract.csv.RawRecord;
import se.vinr.extract.parquet.FileDigest;
import se.vinr.extract.profile.MappingProfile;

/**
 * Streams one input file of a package as {@link RawRecord}s. A missing optional file reads as empty
 * and is marked missing; a missing {@code cases.csv} fails the step. Always starts from the first
 * line, also on restart, because the step's Parquet file is rewritten whole.
 */
public class CsvItemReader implements ItemStreamReader<RawRecord> {

    static final String MISSING = "file.missing";
    static final String IGNORED = "file.ignoredColumns";
    static final String SHA256 = "file.sha256";
    static final String NAME = "file.name";

    private final RecordKind kind;
    private final Path file;
    private final MappingProfile profile;
    private final Messages messages;
    private CsvRecordReader reader;

    public CsvItemReader(RecordKind kind, Path inputDir, MappingProfile profile, Messages messages) {
        this.kind = kind;
        this.file = inputDir.resolve(profile.fileName(kind));
        this.profile = profile;
        this.messages = messages;
    }

    @Override
    public void open(ExecutionContext context) {
        context.putString(NAME, kind.csvName());
        if (!Files.exists(file)) {
            if (kind.isRequiredFile()) {
                throw new se.vinr.batch.UserFacingException(messages.text("file.required.missing",
                        file.getFileName().toString(), file.getParent().toString()));
            }
            context.putString(MISSING, "true");
            return;
        }
        context.putString(MISSING, "false");
        try {
            context.putString(SHA256, FileDigest.sha256Hex(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvDialect dialect = new DialectDetector(messages).detect(file, profile.dialect());
        reader = CsvRecordReader.open(file, dialect, kind, profile.headerRenames(kind), messages);
        List<String> ignored = reader.ignoredColumns();
        context.putString(IGNORED, String.join("\u001f", ignored));
    }

    @Override
    public RawRecord read() {
        return reader == null ? null : reader.read();
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reader = null;
        }
    }
}
