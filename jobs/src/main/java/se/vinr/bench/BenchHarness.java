package se.vinr.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import se.vinr.cli.VersionProvider;
import se.vinr.core.ProjectFiles;

/**
 * Issue #8's benchmark: each scenario's own pipeline run beside the DuckDB baseline on the same files,
 * then the start-up cost of the commands people wait for, the demo, and the million-row extract under
 * 256 MB. By default every scenario
 * runs in a JVM of its own with the scenario's heap limit (512 MB for S and L, 1 GB for N), started
 * from the built jar; in-process, everything runs in this JVM and the child-process measurements are
 * left out (that is how the test runs it, without a jar).
 */
public final class BenchHarness {

    /**
     * @param scenarios names, see {@link Scenarios#NAMES}
     * @param root the benchmark folder: a sub-folder per scenario, the bench key, the child runs' files
     * @param inProcess run here rather than in a JVM per scenario, and skip the child-process measurements
     * @param jar the built vinr.jar, or null to look for it (needed unless in-process)
     * @param reportSample how many municipalities N reports
     * @param config the user's configuration file, or null
     * @param sqlDir an edited sql/ folder, or null for the packaged one
     * @param seedsDir an edited seeds/ folder, or null for the packaged one
     */
    public record Options(List<String> scenarios, Path root, boolean inProcess, Path jar, int reportSample,
                          Path config, Path sqlDir, Path seedsDir) {
        public Options {
            scenarios = List.copyOf(scenarios);
        }
    }

    private final PipelineContexts contexts;
    private final Consumer<String> progress;

    public BenchHarness(PipelineContexts contexts, Consumer<String> progress) {
        this.contexts = contexts;
        this.progress = progress;
    }

    public BenchRun run(Options options) throws Exception {
        ProjectFiles seeds = ProjectFiles.of(options.seedsDir(), "seeds");
        ProjectFiles sql = ProjectFiles.of(options.sqlDir(), "sql");
        Scenarios scenarios = new Scenarios(Populations.fromSeeds(seeds));
        List<Scenario> chosen = options.scenarios().stream().map(n -> scenarios.named(n, options.reportSample()))
                .toList();
        VinrJar jar = options.inProcess() ? null : VinrJar.find(options.jar());
        if (!options.inProcess() && jar == null) {
            throw new BenchException("the benchmark runs each scenario from the built jar, which is not at "
                    + VinrJar.DEFAULT_LOCATION + ": build it with ./mvnw -q -B package -DskipTests, give --jar, "
                    + "or use --in-process");
        }
        Path root = options.root().toAbsolutePath().normalize();
        Files.createDirectories(root);
        Path keyFile = BenchKey.at(root.resolve("bench.key")).file();
        String started = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        List<ScenarioResult> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Scenario scenario : chosen) {
            Path folder = root.resolve(scenario.name());
            if (options.inProcess()) {
                results.add(new ScenarioRunner(contexts, seeds, sql, progress).run(scenario, folder, keyFile));
            } else {
                // A scenario that fails in its own JVM (out of memory, a failed job) is itself a finding:
                // note it and go on with the others.
                inOwnJvm(jar, scenario, folder, keyFile, options).ifPresentOrElse(results::add,
                        () -> failures.add(scenario.name() + " failed in its own JVM with -Xmx" + scenario.heapMb()
                                + "m: " + reason(scenario, folder.resolve("process.log")) + "; its output is in "
                                + folder.resolve("process.log")));
            }
        }
        List<CommandRuns> startup = List.of();
        CommandRuns demo = null;
        MillionRowRun million = null;
        if (!options.inProcess()) {
            ChildMeasurements children = new ChildMeasurements(jar, root, keyFile);
            progress.accept("start-up: vinr --help, status, keygen and extract of a one-row package, "
                    + ChildMeasurements.STARTUP_RUNS + " times each");
            startup = children.startup();
            progress.accept("the demo: vinr demo from launch to exit");
            demo = children.demo();
            progress.accept("memory bound: vinr extract of a 1,000,000-row cases.csv with -Xmx"
                    + ChildMeasurements.MILLION_HEAP_MB + "m");
            million = children.millionRows();
        }
        return new BenchRun(started, VersionProvider.version(), Machine.describe(), results, failures, startup, demo,
                million);
    }

    /** The sentence the scenario's JVM printed when it failed, or what is known without one. */
    private static String reason(Scenario scenario, Path log) {
        String prefix = ScenarioProcess.failurePrefix(scenario.name());
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).trim())
                    .reduce((first, second) -> second).orElse("it ended without saying why (killed?)");
        } catch (IOException | UncheckedIOException e) {
            return "its output could not be read";
        }
    }

    private Optional<ScenarioResult> inOwnJvm(VinrJar jar, Scenario scenario, Path folder, Path keyFile,
                                              Options options) throws IOException {
        Path results = folder.resolve("results.json");
        Files.createDirectories(folder);
        Files.deleteIfExists(results);
        progress.accept(scenario.name() + ": starting its own JVM with -Xmx" + scenario.heapMb() + "m");
        ChildRun run = ChildProcess.run(jar.mainCommand(scenario.heapMb(), ScenarioProcess.class,
                List.of(ScenarioProcess.arguments(scenario.name(), folder, keyFile, options.reportSample(), results,
                        options.config(), options.sqlDir(), options.seedsDir()))), folder.resolve("process.log"),
                line -> {
                    // The scenario's own progress lines; the jobs' warnings stay in the log.
                    if (line.startsWith(scenario.name() + ":")) {
                        progress.accept(line);
                    }
                });
        if (!run.succeeded() || !Files.isRegularFile(results)) {
            return Optional.empty();
        }
        ScenarioResult result = ResultsFile.read(results).withProcess(run.peakRssKb(), run.seconds());
        progress.accept(String.format(java.util.Locale.ROOT, "%s: done in %.1f min", scenario.name(),
                run.seconds() / 60));
        return Optional.of(result);
    }
}
