package se.vinr.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.OutputLayout;
import se.vinr.core.Period;
import se.vinr.demo.SyntheticPackages;
import se.vinr.extract.pseudonym.PseudonymKey;

/**
 * {@code vinr load --from --to} over several municipalities and half-years in one job (issue #18):
 * it leaves the warehouse and the published {@code indicators.csv} exactly as loading the same
 * extracts one {@code vinr load --period} at a time does, and a batch killed with {@code kill -9}
 * between two packages is finished by the same command again without losing or doubling a package.
 *
 * <p>The packages are extracted once; each output folder gets its own copy of the extracts, so every
 * difference comes from how they were loaded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class ManyPackageLoadTest {

    private static final List<MunicipalityCode> MUNICIPALITIES = List.of(MunicipalityCode.parse("2280"),
            MunicipalityCode.parse("2281"));
    private static final Period FROM = Period.parse("2024H1");
    private static final Period TO = Period.parse("2025H2");
    private static final MunicipalityCode REPORTED = MUNICIPALITIES.get(0);
    private static final List<String> SCHEMAS = List.of("staging", "core", "ref", "mart", "meta");
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final String LOADED = "loaded (";
    private static final String LOAD_ENDS = "Step: [load] executed";

    private final List<VinrProcess> started = new ArrayList<>();
    private Path work;
    private Path keyFile;
    private Path extracted;
    private Path oneByOne;
    private Path logging;

    @BeforeAll
    void extractEveryPackageOnceAndLoadThemOneByOne(@TempDir Path dir) throws IOException {
        work = dir;
        keyFile = dir.resolve("test.key");
        PseudonymKey.generate(new SecureRandom()).writeTo(keyFile);
        logging = Files.writeString(dir.resolve("log.yml"), "logging:\n  level:\n"
                + "    org.springframework.batch.core.step.AbstractStep: INFO\n    se.vinr.load.job: INFO\n");
        extracted = dir.resolve("extracted");
        for (MunicipalityCode municipality : MUNICIPALITIES) {
            // about 2,000 rows a half-year, so that each package's load takes a noticeable moment
            for (SyntheticPackages.GeneratedPackage generated : new SyntheticPackages().write(
                    new SyntheticPackages.Settings(municipality, 60_000, FROM, TO, 18, List.of(), 0.01),
                    dir.resolve("exports").resolve(municipality.code()))) {
                succeeds(List.of("extract", "--municipality", municipality.code(), "--period",
                        generated.period().toString(), "--input", generated.directory().toString()), extracted);
            }
        }
        oneByOne = withExtracts("one-by-one");
        for (MunicipalityCode municipality : MUNICIPALITIES) {
            for (Period period = FROM; period.compareTo(TO) <= 0; period = period.next()) {
                succeeds(List.of("load", "--municipality", municipality.code(), "--period", period.toString()),
                        oneByOne);
            }
        }
        publishAndReport(oneByOne);
    }

    @AfterEach
    void killWhatATestLeftRunning() {
        started.stream().filter(VinrProcess::isAlive).forEach(VinrProcess::kill);
        started.clear();
    }

    @Test
    void loadingEveryPackageInOneJobGivesTheWarehouseAndIndicatorsOfLoadingThemOneByOne() throws Exception {
        Path batch = withExtracts("batch");

        succeeds(batchLoad(), batch);
        publishAndReport(batch);

        assertSameWarehouseAndIndicators(batch);
        assertThat(loadRuns(batch)).as("one job for the batch").hasSize(1);
    }

    @Test
    void aBatchKilledBetweenTwoPackagesIsFinishedByTheSameCommandWithoutLosingOrDoublingAPackage() throws Exception {
        Path interrupted = withExtracts("interrupted");
        List<String> command = new ArrayList<>(batchLoad());
        command.addAll(List.of("--out", interrupted.toString(), "--key-file", keyFile.toString(),
                "--config", logging.toString(), "--lang", "en"));

        VinrProcess killed = start("killed-in-the-batch", command);
        killed.awaitWhileRunning("loading two packages", TIMEOUT,
                () -> killed.output().split(java.util.regex.Pattern.quote(LOADED), -1).length > 2);
        killed.kill();
        assertThat(killed.output()).as("the kill came before the batch completed").doesNotContain(LOAD_ENDS);
        int loadedBeforeKill = killed.output().split(java.util.regex.Pattern.quote(LOADED), -1).length - 1;

        VinrProcess resumed = start("resumed", command);
        assertThat(resumed.waitForExit(TIMEOUT)).as("the rerun" + resumed.describeOutput()).isZero();
        int packages = MUNICIPALITIES.size() * periods();
        int loadedByRerun = resumed.output().split(java.util.regex.Pattern.quote(LOADED), -1).length - 1;
        java.util.regex.Matcher skippedLine = java.util.regex.Pattern
                .compile("(\\d+) package\\(s\\) were loaded by the interrupted attempt and are skipped")
                .matcher(resumed.output());
        assertThat(skippedLine.find()).as("the rerun says which packages it skips" + resumed.describeOutput()).isTrue();
        int skipped = Integer.parseInt(skippedLine.group(1));
        // The kill may catch the last package it logged between its warehouse commit and the job history's:
        // that one is loaded again (replaced, not doubled); every other package it loaded is skipped.
        assertThat(skipped).as("the packages the killed attempt recorded are skipped")
                .isBetween(loadedBeforeKill - 1, loadedBeforeKill);
        assertThat(skipped + loadedByRerun).as("the rerun loads exactly the packages not recorded").isEqualTo(packages);

        publishAndReport(interrupted);
        assertSameWarehouseAndIndicators(interrupted);
        assertThat(loadRuns(interrupted)).containsExactly("FAILED", "COMPLETED");
        assertThat(succeeds(List.of("status"), interrupted).out()).as("the interrupted batch's restart hint")
                .contains("restart: vinr load --municipality 2280,2281 --from " + FROM + " --to " + TO);
    }

    private static List<String> batchLoad() {
        return List.of("load", "--municipality", String.join(",", MUNICIPALITIES.stream().map(MunicipalityCode::code)
                .toList()), "--from", FROM.toString(), "--to", TO.toString());
    }

    private static int periods() {
        int count = 0;
        for (Period period = FROM; period.compareTo(TO) <= 0; period = period.next()) {
            count++;
        }
        return count;
    }

    private void publishAndReport(Path out) {
        succeeds(List.of("national"), out);
        succeeds(List.of("publish", "--municipality", REPORTED.code(), "--period", TO.toString()), out);
        succeeds(List.of("report", "--municipality", REPORTED.code(), "--period", TO.toString()), out);
    }

    private void assertSameWarehouseAndIndicators(Path actual) throws Exception {
        Map<String, List<String>> expected = tables(oneByOne);
        Map<String, List<String>> tables = tables(actual);
        assertThat(tables.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(expected.get("core.cases")).as("the comparison has data to compare").isNotEmpty();
        for (String table : expected.keySet()) {
            assertThat(tables.get(table)).as(table).containsExactlyElementsOf(expected.get(table));
        }
        assertThat(indicatorsCsv(actual)).isEqualTo(indicatorsCsv(oneByOne));
    }

    /**
     * Every table's rows, with the output folder's own path (where {@code ref.imports} says the seeds
     * were read from) written as {@code OUT}, since each load went to a folder of its own.
     */
    private static Map<String, List<String>> tables(Path out) throws Exception {
        Map<String, List<String>> tables = TableRows.warehouse(new OutputLayout(out).warehouse(), SCHEMAS, Set.of());
        String root = out.toString();
        tables.replaceAll((table, rows) -> rows.stream().map(row -> row.replace(root, "OUT")).toList());
        return tables;
    }

    private static String indicatorsCsv(Path out) {
        Path reports = new OutputLayout(out).reportDir(REPORTED, TO);
        try (Stream<Path> files = Files.walk(reports)) {
            Path csv = files.filter(f -> f.getFileName().toString().equals("indicators.csv")).findFirst()
                    .orElseThrow(() -> new AssertionError("no indicators.csv in " + reports));
            return Files.readString(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of every load job in {@code vinr status}, oldest first. */
    private List<String> loadRuns(Path out) {
        VinrInMemory.Result status = succeeds(List.of("status"), out);
        return status.out().lines().filter(line -> line.startsWith("load "))
                .map(line -> line.contains("COMPLETED") ? "COMPLETED" : line.contains("FAILED") ? "FAILED" : line)
                .toList();
    }

    /** A fresh output folder holding a copy of the extracts, and nothing else. */
    private Path withExtracts(String name) throws IOException {
        Path out = work.resolve(name);
        Path from = extracted.resolve("extracts");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = out.resolve("extracts").resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return out;
    }

    private VinrInMemory.Result succeeds(List<String> command, Path out) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--out", out.toString(), "--key-file", keyFile.toString(), "--lang", "en"));
        VinrInMemory.Result result = VinrInMemory.run(args);
        assertThat(result.exitCode()).as("vinr %s: %s%s", String.join(" ", args), result.err(), result.out()).isZero();
        return result;
    }

    private VinrProcess start(String name, List<String> arguments) {
        VinrProcess process = VinrProcess.start(work.resolve("logs"), name, arguments);
        started.add(process);
        return process;
    }
}
