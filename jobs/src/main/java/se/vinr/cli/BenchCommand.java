package se.vinr.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.vinr.app.ApplicationStarter;
import se.vinr.app.VinrProperties;
import se.vinr.bench.BenchHarness;
import se.vinr.bench.BenchRun;
import se.vinr.bench.BenchmarksMarkdown;
import se.vinr.bench.PipelineContexts;

/**
 * {@code vinr bench}: issue #8's benchmark of our pipeline against DuckDB alone on the same synthetic
 * files; prints a dated section and appends it to {@code BENCHMARKS.md}. Its files go under
 * {@code <out>/bench/}, with a key of its own (never the one given with {@code --key-file}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false)
class BenchCommand extends AppCommand {

    @Option(names = "--scenario", split = ",", paramLabel = "S|L|N|tiny", descriptionKey = "bench.scenario")
    List<String> scenarios = new ArrayList<>(List.of("S", "L", "N"));

    @Option(names = "--in-process", descriptionKey = "bench.in-process")
    boolean inProcess;

    @Option(names = "--jar", paramLabel = "FILE", descriptionKey = "bench.jar")
    Path jar;

    @Option(names = "--report-sample", paramLabel = "N", descriptionKey = "bench.report-sample")
    int reportSample = 10;

    @Option(names = "--benchmarks", paramLabel = "FILE", descriptionKey = "bench.benchmarks")
    Path benchmarks = Path.of("BENCHMARKS.md");

    private final ApplicationStarter starter;

    BenchCommand(Console console, ApplicationStarter starter) {
        super(console, starter);
        this.starter = starter;
    }

    @Override
    int execute(ConfigurableApplicationContext context) throws Exception {
        VinrProperties properties = context.getBean(VinrProperties.class);
        BenchHarness harness = new BenchHarness(PipelineContexts.of(starter, common.config()), console()::print);
        BenchRun run = harness.run(new BenchHarness.Options(scenarios, common.out().resolve("bench"), inProcess, jar,
                reportSample, common.config(), properties.sqlDir(), properties.seedsDir()));
        String section = BenchmarksMarkdown.section(run);
        console().print(section);
        BenchmarksMarkdown.append(benchmarks, section);
        console().print("→ " + benchmarks.toAbsolutePath());
        return run.failures().isEmpty() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }
}
