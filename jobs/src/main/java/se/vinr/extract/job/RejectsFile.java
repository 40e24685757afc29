package se.vinr.extract.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.vinr.batch.DiskFull;
import se.vinr.extract.validate.Rejection;

/**
 * The rejected rows of one input file, in the contract's columns {@code file, line, field, reason,
 * message}; messages are built without raw identifiers, and cells a spreadsheet would run as a formula
 * are neutralised.
 */
final class RejectsFile implements AutoCloseable {

    static final String[] HEADER = {"file", "line", "field", "reason", "message"};

    private final Path file;
    private final CSVPrinter printer;

    RejectsFile(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, DiskFull.at(file, e));
        }
    }

    void write(Rejection rejection) {
        try {
            printer.printRecord(rejection.file(), rejection.line(), safe(rejection.field()),
                    rejection.reason().code(), safe(rejection.message()));
        } catch (IOException e) {
            throw new UncheckedIOException(DiskFull.at(file, e));
        }
    }

    void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(DiskFull.at(file, e));
        }
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(DiskFull.at(file, e));
        }
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
