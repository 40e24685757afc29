package se.vinr.extract.validate;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import se.vinr.extract.RejectReason;

/**
 * Counts one file's rows as they pass: read, then written or rejected. Not thread-safe: one per file.
 */
public final class RejectCounter {

    private final Map<RejectReason, Long> rejectedByReason = new EnumMap<>(RejectReason.class);
    private long read;
    private long written;
    private long rejected;
    private long firstRejectedLine = -1;

    public void countRead() {
        read++;
    }

    public void countWritten() {
        written++;
    }

    public void countRejected(Rejection rejection) {
        rejected++;
        rejectedByReason.merge(rejection.reason(), 1L, Long::sum);
        if (firstRejectedLine < 0) {
            firstRejectedLine = rejection.line();
        }
    }

    /**
     * @throws IllegalStateException when some row read was neither written nor rejected
     */
    public FileCounts counts() {
        return new FileCounts(read, written, rejected, rejectedByReason);
    }

    /** The line of the first rejected row, for the message when too many are rejected. */
    public OptionalLong firstRejectedLine() {
        return firstRejectedLine < 0 ? OptionalLong.empty() : OptionalLong.of(firstRejectedLine);
    }
}
