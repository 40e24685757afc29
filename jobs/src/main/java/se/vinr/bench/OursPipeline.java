package se.vinr.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

import se.vinr.batch.JobOutcome;
import se.vinr.batch.JobRunner;
import se.vinr.batch.Jobs;
import se.vinr.batch.OutputLock;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.OutputLayout;
import se.vinr.core.Period;

/**
 * Our pipeline, run in this process through the very jobs the commands launch, into one output folder
 * (extracts, reports and the warehouse shared by the scenario's municipalities). Per group of
 * municipalities: extract every half-year, load all of them in one load job (as {@code vinr load
 * --from --to} does), then, for each municipality the scenario reports, publish the last half-year
 * (the indicators, computed once) and run the report job for it.
 *
 * <p>One application context, with a job repository of its own, per group of {@value #GROUP_SIZE}
 * municipalities, about a county's shared installation: one repository for N's 5,800 extracts would hold
 * far more runs than any installation does, while a context per municipality would pay 290 context
 * start-ups. The start-ups paid are reported apart.
 */
final class OursPipeline {

    static final int GROUP_SIZE = 10;

    /** What our pipeline cost, stage by stage, and the rows it saw. */
    record Result(Measurement extract, Measurement load, Measurement indicators, Measurement report,
                  Measurement contexts, int contextCount, Measurement national, int reports, long rowsRead,
                  long rowsWritten, long rowsRejected) {
    }

    private final PipelineContexts contexts;
    private final OurIndicators indicators;
    private final Meter meter;
    private final Consumer<String> progress;

    OursPipeline(PipelineContexts contexts, OurIndicators indicators, Meter meter, Consumer<String> progress) {
        this.contexts = contexts;
        this.indicators = indicators;
        this.meter = meter;
        this.progress = progress;
    }

    Result run(Scenario scenario, List<InputPackage> packages, Path root, Path keyFile) throws Exception {
        Map<MunicipalityCode, List<InputPackage>> byMunicipality = packages.stream().collect(
                Collectors.groupingBy(InputPackage::municipality, LinkedHashMap::new, Collectors.toList()));
        List<MunicipalityCode> municipalities = List.copyOf(byMunicipality.keySet());
        Tally tally = new Tally();
        long started = System.nanoTime();
        try (OutputLock lock = OutputLock.acquire(new OutputLayout(root).lockFile(), Duration.ZERO)) {
            for (int first = 0; first < municipalities.size(); first += GROUP_SIZE) {
                List<MunicipalityCode> group = municipalities.subList(first,
                        Math.min(first + GROUP_SIZE, municipalities.size()));
                Path jobRepository = root.resolve("jobs").resolve("group-" + (first / GROUP_SIZE + 1));
                Meter.Timed<ConfigurableApplicationContext> start = meter.measure(
                        () -> contexts.start(root, jobRepository, keyFile));
                tally.contexts = tally.contexts.plus(start.measurement());
                tally.contextCount++;
                ConfigurableApplicationContext context = start.value();
                try {
                    runGroup(scenario, group, byMunicipality, context, tally, first == 0);
                    tellProgress(scenario, first + group.size(), municipalities.size(), started);
                } finally {
                    tally.contexts = tally.contexts.plus(meter.measure(() -> {
                        context.close();
                        return null;
                    }).measurement());
                }
            }
        }
        return new Result(tally.extract, tally.load, tally.indicators, tally.report, tally.contexts,
                tally.contextCount, tally.national, tally.reports, tally.rowsRead, tally.rowsWritten, tally.rowsRejected);
    }

    /**
     * Extracts every package of the group, loads them all in one load job (one warehouse open and one
     * job for the group, each package still its own transaction), then publishes and reports the
     * municipalities the scenario reports.
     */
    private void runGroup(Scenario scenario, List<MunicipalityCode> group,
                          Map<MunicipalityCode, List<InputPackage>> byMunicipality,
                          ConfigurableApplicationContext context, Tally tally, boolean first) throws Exception {
        JobRunner runner = context.getBean(JobRunner.class);
        if (first) {
            // The reference figures the reports compare with: loaded once into the shared warehouse.
            tally.national = meter.measure(() -> check(runner.run(Jobs.NATIONAL, Map.of(Jobs.SCOPE, "national"),
                    Map.of(Jobs.NATIONAL_INPUTS, "", Jobs.FETCH, "false")), Jobs.NATIONAL, null)).measurement();
        }
        List<InputPackage> packages = group.stream().flatMap(m -> byMunicipality.get(m).stream()).toList();
        Meter.Timed<List<JobOutcome>> extracts = meter.measure(() -> runEach(runner, Jobs.EXTRACT, packages,
                p -> Map.of(Jobs.INPUT, p.directory().toAbsolutePath().toString())));
        tally.extract = tally.extract.plus(extracts.measurement());
        for (JobOutcome outcome : extracts.value()) {
            for (JobOutcome.StepOutcome step : outcome.steps()) {
                if (step.step().startsWith("extract-") && !step.step().equals("extract-manifest")) {
                    tally.rowsRead += step.read();
                    tally.rowsWritten += step.written();
                    tally.rowsRejected += step.rejected();
                }
            }
        }
        Period from = packages.stream().map(InputPackage::period).min(Period::compareTo).orElseThrow();
        Period to = packages.stream().map(InputPackage::period).max(Period::compareTo).orElseThrow();
        Map<String, String> batch = Map.of(JobRunner.MUNICIPALITY, group.stream().map(MunicipalityCode::code)
                .collect(Collectors.joining(",")), JobRunner.FROM, from.toString(), JobRunner.TO, to.toString());
        tally.load = tally.load.plus(meter.measure(() -> check(runner.run(Jobs.LOAD, batch,
                Map.of(Jobs.ACCEPT_NEW_KEY, "false")), Jobs.LOAD, null)).measurement());
        for (MunicipalityCode municipality : group) {
            if (scenario.isReported(municipality)) {
                // Published (computed once, into mart.*), then rendered by the report job.
                tally.indicators = tally.indicators.plus(meter.measure(
                        () -> indicators.compute(context, municipality, scenario.to())).measurement());
                tally.report = tally.report.plus(meter.measure(() -> check(runner.run(Jobs.REPORT,
                        key(municipality, scenario.to()), Map.of()), Jobs.REPORT, null)).measurement());
                tally.reports++;
            }
        }
    }

    /** Runs the job for each package in turn, stopping at the first that fails. */
    private static List<JobOutcome> runEach(JobRunner runner, String job, List<InputPackage> packages,
                                            Function<InputPackage, Map<String, String>> settings) {
        List<JobOutcome> outcomes = new ArrayList<>();
        for (InputPackage p : packages) {
            outcomes.add(check(runner.run(job, key(p.municipality(), p.period()), settings.apply(p)), job, p));
        }
        return outcomes;
    }

    private static Map<String, String> key(MunicipalityCode municipality, Period period) {
        return Map.of(JobRunner.MUNICIPALITY, municipality.code(), JobRunner.PERIOD, period.toString());
    }

    private static JobOutcome check(JobOutcome outcome, String job, InputPackage input) {
        if (!outcome.completed()) {
            String where = input == null ? "" : " for " + input.municipality() + " " + input.period();
            throw new BenchException(job + where + " failed: " + outcome.failure());
        }
        return outcome;
    }

    private void tellProgress(Scenario scenario, int done, int total, long startedNanos) {
        if (total < 10 || done % 10 == 0 || done == total) {
            double minutes = (System.nanoTime() - startedNanos) / 60e9;
            progress.accept(String.format(java.util.Locale.ROOT, "%s: our pipeline done for %d of %d municipalities "
                    + "in %.1f min (about %.1f min left)", scenario.name(), done, total, minutes,
                    minutes / done * (total - done)));
        }
    }

    /** The running sums of one scenario; local to {@link #run}. */
    private static final class Tally {
        Measurement extract = Measurement.NONE;
        Measurement load = Measurement.NONE;
        Measurement indicators = Measurement.NONE;
        Measurement report = Measurement.NONE;
        Measurement contexts = Measurement.NONE;
        Measurement national = Measurement.NONE;
        int contextCount;
        int reports;
        long rowsRead;
        long rowsWritten;
        long rowsRejected;
    }
}
