package se.vinr.extract.parquet;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import se.vinr.batch.DiskFull;
import se.vinr.extract.OutputSchema;
import se.vinr.extract.PseudonymisedRow;

/**
 * The extract step's writer: rows go to {@code <target>.part}, which becomes {@code <target>} by an
 * atomic rename only when the step has completed, so a reader of the extract directory never sees a
 * partial file.
 *
 * <p><b>Restart is step-level.</b> A Parquet file is only readable once its footer, written last, lists
 * every row group; a file cut off by a failure has no footer and cannot be appended to. So
 * {@link #open} always starts {@code <target>.part} afresh and ignores what a failed run left in the
 * execution context, and a restarted step gives byte for byte the file an uninterrupted run gives.
 * The step's reader must therefore also start from the first line on restart (e.g.
 * {@code setSaveState(false)} on a {@code FlatFileItemReader}), otherwise rows committed by the failed
 * run would be missing.
 *
 * <p><b>Publishing happens in {@link #afterStep}</b>, not {@link #close}: Spring Batch calls
 * {@code close} whatever the outcome, so only {@code afterStep} knows the step completed, and a failure
 * there (disk full while writing the footer, a failed rename) can still turn the step to FAILED,
 * whereas one in {@code close} would only be logged. {@code close} discards the part file of a step
 * that did not complete. A chunk-oriented step built with this writer registers it as both stream and
 * step listener automatically.
 */
public class ParquetItemWriter implements ItemStreamWriter<PseudonymisedRow>, StepExecutionListener {

    private final Path target;
    private final Path part;
    private final OutputSchema schema;
    private @Nullable ParquetRowWriter writer;
    private long rowsWritten;

    public ParquetItemWriter(Path target, OutputSchema schema) {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
        this.schema = schema;
    }

    /** Starts {@code <target>.part} afresh, replacing what a failed or killed run left; the context is not read. */
    @Override
    public void open(ExecutionContext executionContext) {
        if (writer != null) {
            throw new IllegalStateException("already open: " + part);
        }
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            writer = ParquetRowWriter.open(part, schema);
            rowsWritten = 0;
        } catch (IOException e) {
            throw new ItemStreamException("cannot create " + part, DiskFull.at(part, e));
        }
    }

    @Override
    public void write(Chunk<? extends PseudonymisedRow> chunk) throws IOException {
        ParquetRowWriter open = openWriter();
        try {
            for (PseudonymisedRow row : chunk) {
                open.write(row);
            }
        } catch (IOException e) {
            throw DiskFull.at(part, e);
        }
        rowsWritten = open.rowsWritten();
    }

    /** Completes the file and renames it to the target if the step completed; otherwise leaves it to {@link #close}. */
    @Override
    public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() != BatchStatus.COMPLETED || writer == null) {
            return null;
        }
        try {
            publish();
            return null;
        } catch (IOException | RuntimeException e) {
            // named, so that a full disk while the footer is written is reported naming the file
            Exception failure = DiskFull.at(part, e);
            stepExecution.setStatus(BatchStatus.FAILED);
            stepExecution.addFailureException(failure);
            return ExitStatus.FAILED.addExitDescription(failure);
        }
    }

    /** Discards the part file unless {@link #afterStep} has published it. */
    @Override
    public void close() {
        try {
            if (writer != null) {
                writer.close();
            }
        } catch (IOException e) {
            // the part file is deleted next, whatever state the failed close left it in
        } finally {
            writer = null;
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw new ItemStreamException("cannot delete " + part, e);
        }
    }

    /** Rows written since {@link #open}; after a completed step, the rows in the target file. */
    public long rowsWritten() {
        return rowsWritten;
    }

    public Path target() {
        return target;
    }

    private void publish() throws IOException {
        ParquetRowWriter completing = openWriter();
        completing.close();
        writer = null;
        // forced to disk before the rename, so a crash cannot leave a renamed but empty target
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private ParquetRowWriter openWriter() {
        if (writer == null) {
            throw new IllegalStateException("not open: " + part);
        }
        return writer;
    }
}
