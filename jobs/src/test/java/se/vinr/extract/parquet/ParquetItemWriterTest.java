package se.vinr.extract.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.test.MetaDataInstanceFactory;

import se.vinr.extract.OutputSchema;
import se.vinr.extract.PseudonymisedRow;
import se.vinr.extract.RecordKind;

class ParquetItemWriterTest {

    private static final OutputSchema CASES = OutputSchema.of(RecordKind.CASES);

    @TempDir
    Path dir;

    @Test
    void writesToAPartFileAndRenamesItToTheTargetWhenTheStepCompletes() throws Exception {
        Path target = dir.resolve("extracts/2280/2026H1/cases.parquet");
        Path part = dir.resolve("extracts/2280/2026H1/cases.parquet.part");
        ParquetItemWriter writer = new ParquetItemWriter(target, CASES);

        writer.open(new ExecutionContext());
        writer.write(new Chunk<>(Rows.many(CASES, 3)));
        writer.write(new Chunk<>(Rows.full(CASES, 5L)));

        assertThat(part).exists();
        assertThat(target).doesNotExist();

        ExitStatus exit = writer.afterStep(stepExecution(BatchStatus.COMPLETED));
        writer.close();

        assertThat(exit).isNull();
        assertThat(part).doesNotExist();
        assertThat(DuckDb.count(target)).isEqualTo(4);
        assertThat(writer.rowsWritten()).isEqualTo(4);
    }

    @Test
    void discardsThePartFileAndKeepsAnEarlierTargetWhenTheStepFails() throws Exception {
        Path target = dir.resolve("cases.parquet");
        Files.writeString(target, "earlier extract");
        ParquetItemWriter writer = new ParquetItemWriter(target, CASES);

        writer.open(new ExecutionContext());
        writer.write(new Chunk<>(Rows.many(CASES, 3)));
        ExitStatus exit = writer.afterStep(stepExecution(BatchStatus.FAILED));
        writer.close();

        assertThat(exit).isNull();
        assertThat(dir.resolve("cases.parquet.part")).doesNotExist();
        assertThat(target).hasContent("earlier extract");
    }

    @Test
    void replacesAnEarlierTargetWhenTheStepCompletes() throws Exception {
        Path target = dir.resolve("cases.parquet");
        Files.writeString(target, "earlier extract");

        Path written = writeUninterrupted(target, Rows.many(CASES, 3));

        assertThat(DuckDb.count(written)).isEqualTo(3);
    }

    @Test
    void startsAfreshOverAPartFileLeftByAKilledRun() throws Exception {
        List<PseudonymisedRow> rows = Rows.many(CASES, 50);
        Path expected = writeUninterrupted(dir.resolve("expected/cases.parquet"), rows);
        Path target = dir.resolve("cases.parquet");
        Files.writeString(dir.resolve("cases.parquet.part"), "the first half of a file from a killed run");

        writeUninterrupted(target, rows);

        assertThat(Files.mismatch(target, expected)).isEqualTo(-1L);
    }

    @Test
    void failsTheStepWhenTheFileCannotBePublished() throws Exception {
        Path target = dir.resolve("cases.parquet");
        Files.createDirectories(target.resolve("in-the-way"));
        ParquetItemWriter writer = new ParquetItemWriter(target, CASES);
        StepExecution stepExecution = stepExecution(BatchStatus.COMPLETED);

        writer.open(new ExecutionContext());
        writer.write(new Chunk<>(Rows.many(CASES, 3)));
        ExitStatus exit = writer.afterStep(stepExecution);
        writer.close();

        assertThat(exit.getExitCode()).isEqualTo(ExitStatus.FAILED.getExitCode());
        assertThat(stepExecution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(stepExecution.getFailureExceptions()).hasSize(1);
        assertThat(dir.resolve("cases.parquet.part")).doesNotExist();
    }

    @Test
    void aRestartedStepWritesTheSameBytesAsAnUninterruptedOne() throws Exception {
        List<PseudonymisedRow> rows = Rows.many(CASES, 25);
        Path expected = writeUninterrupted(dir.resolve("expected/cases.parquet"), rows);
        Path target = dir.resolve("cases.parquet");
        JobRepository repository = new ResourcelessJobRepository();
        JobExecution jobExecution = jobExecution(repository);

        ParquetItemWriter firstWriter = new ParquetItemWriter(target, CASES);
        StepExecution failed = repository.createStepExecution("write", jobExecution);
        step(repository, failingAfter(rows, 17), firstWriter).execute(failed);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getWriteCount()).isEqualTo(15);
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("cases.parquet.part")).doesNotExist();

        ParquetItemWriter secondWriter = new ParquetItemWriter(target, CASES);
        StepExecution restarted = repository.createStepExecution("write", jobExecution);
        restarted.setExecutionContext(new ExecutionContext(failed.getExecutionContext()));
        step(repository, failingAfter(rows, Integer.MAX_VALUE), secondWriter).execute(restarted);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(secondWriter.rowsWritten()).isEqualTo(25);
        assertThat(Files.mismatch(target, expected)).isEqualTo(-1L);
    }

    private Path writeUninterrupted(Path target, List<PseudonymisedRow> rows) throws Exception {
        ParquetItemWriter writer = new ParquetItemWriter(target, CASES);
        writer.open(new ExecutionContext());
        writer.write(new Chunk<>(rows));
        writer.afterStep(stepExecution(BatchStatus.COMPLETED));
        writer.close();
        return target;
    }

    private static StepExecution stepExecution(BatchStatus status) {
        StepExecution stepExecution = MetaDataInstanceFactory.createStepExecution();
        stepExecution.setStatus(status);
        return stepExecution;
    }

    private static JobExecution jobExecution(JobRepository repository) {
        JobParameters parameters = new JobParameters();
        JobInstance instance = repository.createJobInstance("extract", parameters);
        return repository.createJobExecution(instance, parameters, new ExecutionContext());
    }

    private static Step step(JobRepository repository, ItemReader<PseudonymisedRow> reader,
                             ParquetItemWriter writer) {
        return new StepBuilder("write", repository)
                .<PseudonymisedRow, PseudonymisedRow>chunk(5)
                .reader(reader)
                .writer(writer)
                .build();
    }

    /** Reads the rows from the first, as a restarted extract re-reads its CSV, and fails before row {@code failAt}. */
    private static ItemReader<PseudonymisedRow> failingAfter(List<PseudonymisedRow> rows, int failAt) {
        Iterator<PseudonymisedRow> remaining = rows.iterator();
        int[] read = {0};
        return () -> {
            if (read[0]++ == failAt) {
                throw new IllegalStateException("the input disappeared");
            }
            return remaining.hasNext() ? remaining.next() : null;
        };
    }
}
