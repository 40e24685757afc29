package se.vinr.extract.job;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

import se.vinr.batch.UserFacingException;
import se.vinr.extract.PseudonymisedRow;
import se.vinr.extract.RejectReason;
import se.vinr.extract.csv.Messages;
import se.vinr.extract.csv.RawRecord;
import se.vinr.extract.validate.Rejection;
import se.vinr.extract.validate.RowValidator;
import se.vinr.extract.validate.Validated;
import se.vinr.extract.validate.ValidationResult;

/**
 * Validates each row and either pseudonymises it or writes it to the rejects file with its reason
 * (returning null, which Spring Batch counts as filtered: read = written + rejected). It does not use
 * Spring Batch's skip mechanism on purpose: a skip in the processor rolls the chunk back and processes
 * its rows again, and the second pass would see every row of the chunk as a duplicate of itself.
 * After the step it fails the step when the file's reject share is above the limit, so a restart
 * after fixing the export reads the file again. That check must run before the Parquet writer's
 * {@code afterStep} publishes the file; see {@link ExtractSteps} for how the order is kept.
 *
 * <p>A restarted step gets the failed run's execution context back; the counts per reason are
 * recounted from the first line, so the stale ones are removed on {@link #open}.
 */
class ValidatingProcessor implements ItemProcessor<RawRecord, PseudonymisedRow>, ItemStream, StepExecutionListener {

    static final String REJECTED_PREFIX = "rejected.";

    private final RowValidator validator;
    private final RowPseudonymiser pseudonymiser;
    private final Path rejectsPath;
    private final double rejectShareLimit;
    private final Messages messages;
    private final String fileName;
    private final Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
    private RejectsFile rejects;
    private long firstRejectedLine;

    ValidatingProcessor(RowValidator validator, RowPseudonymiser pseudonymiser, Path rejectsPath,
                        double rejectShareLimit, Messages messages, String fileName) {
        this.validator = validator;
        this.pseudonymiser = pseudonymiser;
        this.rejectsPath = rejectsPath;
        this.rejectShareLimit = rejectShareLimit;
        this.messages = messages;
        this.fileName = fileName;
    }

    @Override
    public void open(ExecutionContext context) {
        List<String> stale = context.entrySet().stream().map(Map.Entry::getKey)
                .filter(key -> key.startsWith(REJECTED_PREFIX)).toList();
        stale.forEach(context::remove);
        byReason.clear();
        firstRejectedLine = 0;
        rejects = new RejectsFile(rejectsPath);
    }

    @Override
    public PseudonymisedRow process(RawRecord record) {
        ValidationResult result = validator.validate(record);
        if (result instanceof Rejection rejection) {
            rejects.write(rejection);
            byReason.merge(rejection.reason(), 1L, Long::sum);
            if (firstRejectedLine == 0) {
                firstRejectedLine = rejection.line();
            }
            return null;
        }
        return pseudonymiser.apply((Validated) result);
    }

    @Override
    public void update(ExecutionContext context) {
        if (rejects != null) {
            rejects.flush();
        }
        byReason.forEach((reason, count) -> context.putLong(REJECTED_PREFIX + reason.code(), count));
    }

    @Override
    public void close() {
        if (rejects != null) {
            rejects.close();
            rejects = null;
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        long read = step.getReadCount();
        long rejected = step.getFilterCount();
        if (read > 0 && (double) rejected / read > rejectShareLimit) {
            String message = messages.text("file.reject_share", fileName, rejected, read,
                    percent(rejected, read), percent(rejectShareLimit), firstRejectedLine);
            step.setStatus(BatchStatus.FAILED);
            step.addFailureException(new UserFacingException(message));
            return ExitStatus.FAILED.addExitDescription(message);
        }
        return step.getExitStatus();
    }

    private static String percent(long part, long whole) {
        return percent((double) part / whole);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
