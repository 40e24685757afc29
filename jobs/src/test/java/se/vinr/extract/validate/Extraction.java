package se.vinr.extract.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.vinr.core.Period;
import se.vinr.extract.RecordKind;
import se.vinr.extract.RejectReason;
import se.vinr.extract.csv.CsvDialect;
import se.vinr.extract.csv.CsvRecordReader;
import se.vinr.extract.csv.DialectDetector;
import se.vinr.extract.csv.Messages;
import se.vinr.extract.csv.RawRecord;
import se.vinr.extract.profile.MappingProfile;

/** One file run through detection, reading, validation and counting, as the extract step does it. */
record Extraction(CsvDialect dialect, List<String> ignoredColumns, List<RawRecord> rows,
                  List<ValidationResult> results, FileCounts counts) {

    static Extraction run(Path file, RecordKind kind, Period period, MappingProfile profile, Messages messages) {
        CsvDialect dialect = new DialectDetector(messages).detect(file, profile.dialect());
        RowValidator validator = new RowValidator(kind, period, profile, new FakePersonIdCheck(period.end()),
                kind.csvName(), messages);
        RejectCounter counter = new RejectCounter();
        List<RawRecord> rows = new ArrayList<>();
        List<ValidationResult> results = new ArrayList<>();
        try (CsvRecordReader reader = CsvRecordReader.open(file, dialect, kind, profile.headerRenames(kind), messages)) {
            for (RawRecord row = reader.read(); row != null; row = reader.read()) {
                counter.countRead();
                ValidationResult result = validator.validate(row);
                if (result instanceof Rejection rejection) {
                    counter.countRejected(rejection);
                } else {
                    counter.countWritten();
                }
                rows.add(row);
                results.add(result);
            }
            return new Extraction(dialect, reader.ignoredColumns(), rows, results, counter.counts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Rejection> rejections() {
        return results.stream().filter(Rejection.class::isInstance).map(Rejection.class::cast).toList();
    }

    List<Validated> validated() {
        return results.stream().filter(Validated.class::isInstance).map(Validated.class::cast).toList();
    }

    /** Reason by line, for the rejected rows. */
    Map<Long, RejectReason> reasonsByLine() {
        Map<Long, RejectReason> reasons = new LinkedHashMap<>();
        rejections().forEach(r -> reasons.put(r.line(), r.reason()));
        return reasons;
    }

    Validated validatedAt(long line) {
        return validated().stream().filter(v -> v.record().line() == line).findFirst().orElseThrow();
    }

    Rejection rejectionAt(long line) {
        return rejections().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }
}
