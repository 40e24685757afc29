package se.vinr.extract.validate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import se.vinr.extract.RejectReason;

/**
 * One file's row counts for the manifest (docs/contract.md#4-rejects, #5-output): every row read was either
 * written or rejected, and the rejects add up by reason; a count that breaks either rule is refused,
 * because it would mean a row was lost.
 *
 * @param rejectedByReason rejected rows per reason, only reasons that occurred, in the contract's order
 */
public record FileCounts(long read, long written, long rejected, Map<RejectReason, Long> rejectedByReason) {

    public FileCounts {
        EnumMap<RejectReason, Long> copy = new EnumMap<>(RejectReason.class);
        rejectedByReason.forEach((reason, count) -> {
            if (count != 0) {
                copy.put(reason, count);
            }
        });
        rejectedByReason = Collections.unmodifiableMap(copy);
        long byReason = copy.values().stream().mapToLong(Long::longValue).sum();
        if (read < 0 || written < 0 || rejected < 0 || read != written + rejected || byReason != rejected) {
            throw new IllegalStateException("rows unaccounted for: read " + read + ", written " + written
                    + ", rejected " + rejected + ", rejected by reason " + byReason);
        }
    }

    /** Rejected rows as a share of those read; 0 for a file without rows. */
    public double rejectedShare() {
        return read == 0 ? 0 : (double) rejected / read;
    }
}
