package se.vinr.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.ProjectFiles;
import se.vinr.extract.RecordKind;

/**
 * Runs one scenario in this process: generates its input, runs our pipeline over it, then the DuckDB
 * baseline over the same files, and puts the two side by side. Everything goes under the scenario's
 * folder: {@code input/}, {@code ours/}, {@code baseline/}; those three are emptied first, so every
 * run starts from nothing.
 */
public final class ScenarioRunner {

    private static final List<String> WORK_FOLDERS = List.of("input", "ours", "baseline");

    private final PipelineContexts contexts;
    private final OurIndicators indicators;
    private final ProjectFiles seeds;
    private final ProjectFiles sql;
    private final Consumer<String> progress;

    public ScenarioRunner(PipelineContexts contexts, ProjectFiles seeds, ProjectFiles sql, Consumer<String> progress) {
        this(contexts, OurIndicators.PUBLISH, seeds, sql, progress);
    }

    ScenarioRunner(PipelineContexts contexts, OurIndicators indicators, ProjectFiles seeds, ProjectFiles sql,
                   Consumer<String> progress) {
        this.contexts = contexts;
        this.indicators = indicators;
        this.seeds = seeds;
        this.sql = sql;
        this.progress = progress;
    }

    public ScenarioResult run(Scenario scenario, Path directory, Path keyFile) throws Exception {
        for (String folder : WORK_FOLDERS) {
            deleteTree(directory.resolve(folder));
        }
        Meter meter = new Meter();
        Path input = directory.resolve("input");
        progress.accept(scenario.name() + ": generating " + scenario.sites().size() + " municipalities × "
                + scenario.periods().size() + " half-years of synthetic exports");
        Meter.Timed<List<InputPackage>> generated = meter.measure(() -> ScenarioInput.generate(scenario, input, progress));
        List<InputPackage> packages = generated.value();
        ScenarioSize size = new ScenarioSize(scenario.sites().size(), scenario.periods().size(), scenario.population(),
                packages.stream().mapToLong(InputPackage::totalRows).sum(), ScenarioInput.bytes(input),
                ScenarioInput.rowsByFile(packages));
        progress.accept(scenario.name() + ": " + size.inputRows() + " input rows; running our pipeline");

        OursPipeline.Result ours = new OursPipeline(contexts, indicators, meter, progress)
                .run(scenario, packages, directory.resolve("ours"), keyFile);

        progress.accept(scenario.name() + ": running the DuckDB baseline on the same files");
        Path baselineDir = directory.resolve("baseline");
        Files.createDirectories(baselineDir);
        Path population = baselineDir.resolve("population.csv");
        try (InputStream in = seeds.open("population.csv")) {
            Files.copy(in, population, StandardCopyOption.REPLACE_EXISTING);
        }
        Set<RecordKind> present = presentKinds(size);
        Measurement baselineExtract;
        Measurement baselineLoad;
        Measurement baselineIndicators;
        long baselineKept;
        String duckdbVersion;
        try (Baseline baseline = new Baseline(baselineDir, sql, input, BenchKey.hexOf(keyFile), population)) {
            duckdbVersion = baseline.version();
            Meter.Timed<Long> extract = meter.measure(() -> baseline.extract(present));
            baselineExtract = extract.measurement();
            baselineKept = extract.value();
            baselineLoad = meter.measure(baseline::load).measurement();
            baseline.scope(scenario.reported());
            baselineIndicators = meter.measure(baseline::indicators).measurement();
        }

        long reportedRows = packages.stream().filter(p -> scenario.isReported(p.municipality()))
                .mapToLong(InputPackage::totalRows).sum();
        Measurement oursTotal = ours.extract().plus(ours.load()).plus(ours.indicators()).plus(ours.report())
                .plus(ours.contexts())
                .plus(ours.national());
        Measurement baselineTotal = baselineExtract.plus(baselineLoad).plus(baselineIndicators);
        List<StageResult> stages = new ArrayList<>();
        stages.add(new StageResult(Stage.EXTRACT, size.inputRows(), ours.extract(), baselineExtract));
        stages.add(new StageResult(Stage.LOAD, size.inputRows(), ours.load(), baselineLoad));
        stages.add(new StageResult(Stage.INDICATORS, reportedRows, ours.indicators(), baselineIndicators));
        stages.add(new StageResult(Stage.REPORT, reportedRows, ours.report(), null));
        stages.add(new StageResult(Stage.TOTAL, size.inputRows(), oursTotal, baselineTotal));
        progress.accept(scenario.name() + ": done");
        return new ScenarioResult(scenario.name(), size, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                scenario.reported().stream().map(MunicipalityCode::code).toList(), stages, ours.report(), ours.reports(),
                ours.contexts(), ours.contextCount(), ours.national(), generated.measurement(), ours.rowsRead(),
                ours.rowsWritten(), ours.rowsRejected(), baselineKept, meter.peaksPerStage(), duckdbVersion, 0, 0);
    }

    private static Set<RecordKind> presentKinds(ScenarioSize size) {
        return Baseline.KINDS.stream().filter(kind -> size.rowsByFile().containsKey(kind.csvName()))
                .collect(Collectors.toSet());
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
