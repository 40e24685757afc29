package se.vinr.extract.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

class ProgressListenerTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong();
    private final AtomicReference<OptionalDouble> fraction = new AtomicReference<>(OptionalDouble.of(0));
    private final List<String> console = new ArrayList<>();
    private final ProgressListener listener = new ProgressListener("cases.csv", fraction::get, clock::get, console::add);
    private final StepExecution step = new StepExecution("extract-cases",
            new JobExecution(1, new JobInstance(1, "extractJob"), new JobParameters()));

    @Test
    void showsRowsPercentAndRowsPerSecondAtMostEveryFiveSeconds() {
        listener.beforeStep(step);

        chunkAt(1, 20_000, 0.05);
        chunkAt(5, 100_000, 0.25);
        chunkAt(7, 140_000, 0.35);
        chunkAt(10, 200_000, 0.5);

        assertThat(console).containsExactly("cases.csv: 100000 rows read (25 %), 20000 rows/s",
                "cases.csv: 200000 rows read (50 %), 20000 rows/s");
    }

    @Test
    void roundsThePercentDownSoAFileShowsOneHundredOnlyWhenReadToTheEnd() {
        assertThat(listener.line(10, OptionalDouble.of(0.999), 2 * SECOND)).isEqualTo("cases.csv: 10 rows read (99 %), 5 rows/s");
    }

    @Test
    void leavesThePercentOutWhenTheFileSizeIsUnknown() {
        assertThat(listener.line(10, OptionalDouble.empty(), SECOND)).isEqualTo("cases.csv: 10 rows read, 10 rows/s");
    }

    private void chunkAt(long seconds, long rows, double read) {
        clock.set(seconds * SECOND);
        step.setReadCount(rows);
        fraction.set(OptionalDouble.of(read));
        listener.afterChunk(new Chunk<>());
    }
}
