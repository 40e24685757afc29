package se.vinr.extract.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import se.vinr.batch.UserFacingException;
import se.vinr.extract.RecordKind;
import se.vinr.extract.csv.CsvDialect;
import se.vinr.extract.csv.CsvRecordReader;
import se.vinr.extract.csv.DialectDetector;
import se.vinr.extract.csv.ExtractFileException;
import se.vinr.extract.csv.Messages;
import se.vinr.extract.csv.RawRecord;
import se.vinr.extract.profile.MappingProfile;

/**
 * Streams one input file of a package as {@link RawRecord}s. A missing optional file reads as empty
 * and is marked missing; a missing {@code cases.csv} fails the step. Always starts from the first
 * line, also on restart, because the step's Parquet file is rewritten whole.
 *
 * <p>Progress is the physical line where the last row read starts, of the file's lines counted while
 * its SHA-256 is computed: no extra pass, and exact where quoted values hold line breaks, unlike a
 * row count estimate. (Bytes read would need a counting stream inside the CSV parser's reader.)
 */
public class CsvItemReader implements ItemStreamReader<RawRecord>, ReadProgress {

    static final String MISSING = "file.missing";
    static final String IGNORED = "file.ignoredColumns";
    static final String SHA256 = "file.sha256";
    static final String NAME = "file.name";

    private final RecordKind kind;
    private final Path file;
    private final MappingProfile profile;
    private final Messages messages;
    private CsvRecordReader reader;
    private long lines;
    private long lineReached;

    public CsvItemReader(RecordKind kind, Path inputDir, MappingProfile profile, Messages messages) {
        this.kind = kind;
        this.file = inputDir.resolve(profile.fileName(kind));
        this.profile = profile;
        this.messages = messages;
    }

    @Override
    public void open(ExecutionContext context) {
        context.putString(NAME, kind.csvName());
        refuseWhatIsNoRegularFile();
        if (!Files.exists(file)) {
            if (kind.isRequiredFile()) {
                throw new UserFacingException(messages.text("file.required.missing",
                        file.getFileName().toString(), file.getParent().toString()));
            }
            context.putString(MISSING, "true");
            return;
        }
        context.putString(MISSING, "false");
        try {
            InputScan scan = InputScan.of(file);
            context.putString(SHA256, scan.sha256());
            lines = scan.lines();
            lineReached = 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvDialect dialect = new DialectDetector(messages).detect(file, profile.dialect());
        reader = CsvRecordReader.open(file, dialect, kind, profile.headerRenames(kind), messages);
        List<String> ignored = reader.ignoredColumns();
        context.putString(IGNORED, String.join("\u001f", ignored));
    }

    /**
     * A link is refused, even one to a good export: it could bring any file of the machine into the
     * extract, and a message about a line of it would echo that file. A folder or an unreadable file
     * gets its own sentence instead of the operating system's bare path.
     */
    private void refuseWhatIsNoRegularFile() {
        String name = file.getFileName().toString();
        String folder = file.getParent().toString();
        if (Files.isSymbolicLink(file)) {
            throw new ExtractFileException(name, 0, messages.text("file.symbolic_link", name, folder));
        }
        if (Files.isDirectory(file)) {
            throw new ExtractFileException(name, 0, messages.text("file.directory", name, folder));
        }
        if (Files.exists(file) && !Files.isReadable(file)) {
            throw new ExtractFileException(name, 0, messages.text("file.not_readable", name, folder));
        }
    }

    @Override
    public RawRecord read() {
        RawRecord record = reader == null ? null : reader.read();
        lineReached = record == null ? lines : record.line();
        return record;
    }

    @Override
    public OptionalDouble fractionRead() {
        return lines == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1.0, (double) lineReached / lines));
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
