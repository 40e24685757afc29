package se.vinr.load.job;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.vinr.batch.UserFacingException;
import se.vinr.core.OutputLayout;
import se.vinr.load.DataTestFinding;
import se.vinr.load.LoadOptions;
import se.vinr.load.LoadResult;
import se.vinr.load.PeriodLoader;
import se.vinr.load.Warehouse;
import se.vinr.load.WarehouseException;

/**
 * The load step's work: every package of a {@link LoadSelection} over one open warehouse, one
 * package per call. Spring Batch runs each call in a transaction of its own and then stores the
 * step's execution context, in which this tasklet lists the packages done; a restarted step skips
 * them. Each package is one warehouse transaction of its own ({@link PeriodLoader}), so a failure or
 * a kill leaves every package either loaded whole or not at all. A kill after a package's warehouse
 * commit but before Spring Batch stored the context only makes the restart load that package again,
 * which replaces it: nothing is lost and nothing doubled.
 *
 * <p>What the warehouse costs once per job rather than once per package: opening the file, checking
 * its schema and closing it (DuckDB's checkpoint), besides the job's own start and history.
 */
public class PackagesTasklet implements Tasklet, ItemStream {

    /** The execution-context entry listing the packages loaded, as {@code 2280 2026H1} separated by commas. */
    static final String DONE = "load.done";

    private static final Logger log = LoggerFactory.getLogger(PackagesTasklet.class);

    private final WarehouseAccess access;
    private final PeriodLoader loader;
    private final OutputLayout layout;
    private final LoadSelection selection;
    private final LoadOptions options;
    private final Set<String> done = new LinkedHashSet<>();
    private final Deque<LoadSelection.Package> remaining = new ArrayDeque<>();
    private Warehouse warehouse;

    public PackagesTasklet(WarehouseAccess access, PeriodLoader loader, OutputLayout layout, LoadSelection selection,
                           LoadOptions options) {
        this.access = access;
        this.loader = loader;
        this.layout = layout;
        this.selection = selection;
        this.options = options;
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(DONE)) {
            Arrays.stream(context.getString(DONE).split(",")).filter(s -> !s.isBlank()).forEach(done::add);
        }
        LoadSelection.Found found = selection.find(layout);
        for (LoadSelection.Package notExtracted : found.notExtracted()) {
            log.info("load: {} has no extract in {}; passed over", notExtracted, layout.root());
        }
        if (found.packages().isEmpty()) {
            throw new UserFacingException("there is no extract of " + selection.municipalities() + " from "
                    + selection.from() + " to " + selection.to() + " in " + layout.root() + ": run extract first");
        }
        List<LoadSelection.Package> skipped = new ArrayList<>();
        for (LoadSelection.Package candidate : found.packages()) {
            if (done.contains(candidate.toString())) {
                skipped.add(candidate);
            } else {
                remaining.add(candidate);
            }
        }
        if (!skipped.isEmpty()) {
            log.info("load: {} package(s) were loaded by the interrupted attempt and are skipped", skipped.size());
        }
        if (!remaining.isEmpty()) {
            warehouse = access.openForWriting();
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        LoadSelection.Package next = remaining.peek();
        if (next == null) {
            return RepeatStatus.FINISHED;
        }
        LoadResult result;
        try {
            result = loader.load(warehouse, layout, next.municipality(), next.period(), options);
        } catch (WarehouseException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        remaining.poll();
        done.add(next.toString());
        long rows = result.rows().values().stream().mapToLong(Long::longValue).sum();
        contribution.incrementWriteCount(rows);
        log.info("load: {} loaded ({} rows), {} to go", next, rows, remaining.size());
        for (DataTestFinding warning : result.warnings()) {
            log.warn("data test {} ({}): {}", warning.check(), next, warning.message());
        }
        return remaining.isEmpty() ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(DONE, String.join(",", done));
    }

    @Override
    public void close() {
        if (warehouse != null) {
            Warehouse open = warehouse;
            warehouse = null;
            try {
                open.close();
            } catch (WarehouseException e) {
                throw new UserFacingException(e.getMessage(), e);
            }
        }
    }
}
