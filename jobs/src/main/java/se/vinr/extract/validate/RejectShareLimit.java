package se.vinr.extract.validate;

import java.util.Locale;
import se.vinr.extract.csv.ExtractFileException;
import se.vinr.extract.csv.Messages;

/**
 * The largest share of a file's rows that may be rejected before the extract fails (contract,
 * section 4; default 5 %): beyond it the export itself is likely wrong (a wrong period, a changed
 * format), and loading the rest would publish figures built on a fraction of the data.
 */
public final class RejectShareLimit {

    public static final double DEFAULT_MAX_SHARE = 0.05;

    private final double maxShare;
    private final Messages messages;

    /**
     * @param maxShare between 0 and 1; a file fails when its rejected share is above it
     */
    public RejectShareLimit(double maxShare, Messages messages) {
        if (!(maxShare >= 0 && maxShare <= 1)) {
            throw new IllegalArgumentException("the reject share limit must lie between 0 and 1: " + maxShare);
        }
        this.maxShare = maxShare;
        this.messages = messages;
    }

    public static RejectShareLimit defaultLimit(Messages messages) {
        return new RejectShareLimit(DEFAULT_MAX_SHARE, messages);
    }

    public double maxShare() {
        return maxShare;
    }

    public boolean exceededBy(FileCounts counts) {
        return counts.rejectedShare() > maxShare;
    }

    /**
     * @throws ExtractFileException naming the file, the share, the first rejected line and what to do,
     *                              when the file's rejected share is above the limit
     * @throws IllegalStateException when some row read was neither written nor rejected
     */
    public void check(String file, RejectCounter counter) {
        FileCounts counts = counter.counts();
        if (exceededBy(counts)) {
            long firstLine = counter.firstRejectedLine().orElse(0);
            throw new ExtractFileException(file, firstLine, messages.text("file.reject_share", file,
                    counts.rejected(), counts.read(), percent(counts.rejectedShare()), percent(maxShare), firstLine));
        }
    }

    private String percent(double share) {
        Locale locale = messages.locale();
        String number = String.format(locale, "%.1f", share * 100).replaceAll("[.,]0$", "");
        return "en".equals(locale.getLanguage()) ? number + "%" : number + " %";
    }
}
