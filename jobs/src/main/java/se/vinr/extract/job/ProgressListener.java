package se.vinr.extract.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Shows progress on the console for long files: rows so far and rows per second, at most every five
 * seconds, so an analyst sees a million-row export moving without a line per chunk.
 */
final class ProgressListener implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final String file;
    private long started;
    private long lastReport;
    private StepExecution step;

    ProgressListener(String file) {
        this.file = file;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        started = System.nanoTime();
        lastReport = started;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_NANOS) {
            lastReport = now;
            long rows = step.getReadCount();
            log.info("{}: {} rows read, {} rows/s", file, rows, Math.round(rows / ((now - started) / 1e9)));
        }
    }
}
