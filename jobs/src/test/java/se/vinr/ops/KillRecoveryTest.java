package se.vinr.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.batch.JobRunner;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.OutputLayout;
import se.vinr.core.Period;
import se.vinr.demo.SyntheticPackages;
import se.vinr.extract.RecordKind;
import se.vinr.extract.pseudonym.PseudonymKey;
import se.vinr.load.WarehouseLockHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The failure behaviour of issue #7 with real processes, files and DuckDB: a {@code vinr run} killed
 * with {@code kill -9} during extract, during load and as it publishes is completed by the next {@code vinr run}
 * exactly as an uninterrupted run completes it; two runs on one output folder, a warehouse held by
 * another process and an unusable output folder each end with the documented exit code and one clear
 * sentence.
 *
 * <p>Every kill waits for something the run shows from outside (a file in the extract's work folder,
 * the step line Spring Batch logs when told to by an ordinary {@code --config} file, DuckDB's
 * write-ahead log), and the test checks afterwards that it really hit the step it meant to, so a kill
 * that came too late fails the test instead of proving nothing. The kills run in sequence on one output
 * folder, each resumed run being killed again, which keeps the test to one uninterrupted run and one
 * interrupted one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class KillRecoveryTest {

    private static final MunicipalityCode MUNICIPALITY = MunicipalityCode.parse("2280");
    private static final Period PERIOD = Period.parse("2026H1");
    /** About 30,000 contacts: the contacts step spans some thirty chunks, and the load takes seconds. */
    private static final long POPULATION = 1_000_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final List<String> SCHEMAS = List.of("staging", "core", "ref", "mart", "meta");
    /** Columns that hold the manifest's creation time or its hash, which differ between two extracts of the same data. */
    private static final Set<String> CREATION_DEPENDENT = Set.of("manifest_sha256", "extract_created");
    private static final String LOAD_STARTS = "Executing step: [load]";
    private static final String LOAD_ENDS = "Step: [load] executed";
    private static final String EXTRACT_STEP_STARTS = "Executing step: [extract-";
    private static final String PUBLISH_STARTS = "Executing step: [publish]";
    /** The publish run log gains a row for every publish that committed, a killed one included. */
    private static final String PUBLISH_RUN_LOG = "meta.publish_runs";

    private final List<VinrProcess> started = new ArrayList<>();
    private Path work;
    private Path input;
    private Path keyFile;
    private Path stepLogging;

    @BeforeAll
    void writeAnExportPackageAndAKey(@TempDir Path dir) throws IOException {
        work = dir;
        input = new SyntheticPackages().write(new SyntheticPackages.Settings(MUNICIPALITY, POPULATION, PERIOD, PERIOD,
                7, List.of(), 0.01), dir.resolve("exports")).get(0).directory();
        keyFile = dir.resolve("2280.key");
        PseudonymKey.generate(new SecureRandom()).writeTo(keyFile);
        stepLogging = Files.writeString(dir.resolve("step-log.yml"),
                "logging:\n  level:\n    org.springframework.batch.core.step.AbstractStep: INFO\n");
    }

    @AfterEach
    void killWhatATestLeftRunning() {
        started.stream().filter(VinrProcess::isAlive).forEach(VinrProcess::kill);
        started.clear();
    }

    @Test
    void aRunKilledDuringExtractDuringLoadAndAtPublishIsCompletedByTheNextRunAsIfNeverInterrupted() throws Exception {
        Path uninterrupted = work.resolve("out-uninterrupted");
        Path interrupted = work.resolve("out-interrupted");
        OutputLayout layout = new OutputLayout(interrupted);
        Path extractDir = layout.extractDir(MUNICIPALITY, PERIOD);
        Path workDir = extractDir.resolve(".work");

        VinrProcess baseline = start("uninterrupted", run(uninterrupted));
        assertThat(baseline.waitForExit(TIMEOUT)).as("the uninterrupted run" + baseline.describeOutput()).isZero();
        report("uninterrupted run %.1f s", baseline.seconds());

        // 1. Killed in the middle of the contacts step: cases (extracted beside it when there are several
        // processors) is complete, contacts has written chunks.
        VinrProcess duringExtract = start("killed-during-extract", run(interrupted));
        duringExtract.awaitWhileRunning("completing cases and committing a chunk of contacts", TIMEOUT,
                () -> Files.exists(workDir.resolve("cases.parquet")) && size(workDir.resolve("contacts.rejects.csv")) > 0);
        duringExtract.kill();
        report("killed during extract after %.1f s", duringExtract.seconds());
        assertThat(workDir.resolve("cases.parquet")).as("cases was complete").isRegularFile();
        assertThat(workDir.resolve("contacts.parquet.part")).as("contacts was half-written").isRegularFile();
        assertThat(workDir.resolve("contacts.parquet")).doesNotExist();
        assertThat(extractDir.resolve("manifest.json")).doesNotExist();

        // 2. Resumed, and killed the moment the load starts, just after the manifest step completed.
        VinrProcess atLoadStart = start("killed-as-load-starts", run(interrupted));
        atLoadStart.awaitOutput(LOAD_STARTS, TIMEOUT);
        atLoadStart.kill();
        report("resumed, killed as the load started after %.1f s", atLoadStart.seconds());
        assertThat(atLoadStart.output())
                .as("resumed at the step that was killed, the completed one skipped")
                .doesNotContain("Executing step: [extract-cases]")
                .contains("Executing step: [extract-contacts]")
                .doesNotContain(LOAD_ENDS);
        assertThat(extractDir.resolve("manifest.json")).isRegularFile();
        assertThat(workDir).doesNotExist();

        // 3. Resumed, and killed inside the load: DuckDB has created the warehouse and committed its schema
        // (the write-ahead log appears), and the period's rows are going in.
        VinrProcess duringLoad = start("killed-during-load", run(interrupted));
        Path writeAheadLog = layout.warehouse().resolveSibling(layout.warehouse().getFileName() + ".wal");
        duringLoad.awaitOutput(LOAD_STARTS, TIMEOUT);
        duringLoad.awaitWhileRunning("writing the warehouse", TIMEOUT, () -> Files.exists(writeAheadLog));
        VinrProcess.sleep(Duration.ofMillis(300));
        duringLoad.kill();
        report("resumed, killed during the load after %.1f s", duringLoad.seconds());
        assertThat(duringLoad.output())
                .as("the job repository kept every completed step, so no extract step ran again")
                .doesNotContain(EXTRACT_STEP_STARTS)
                .as("the kill came before the load completed")
                .doesNotContain(LOAD_ENDS);
        long casesLoaded = TableRows.count(layout.warehouse(), "staging.cases", "period = '" + PERIOD + "'");
        assertThat(casesLoaded).as("a killed load leaves all of its period or none of it")
                .isIn(0L, manifestWritten(extractDir, RecordKind.CASES));
        report("after the kill the warehouse holds %d of the period's cases rows", casesLoaded);

        // 4. Resumed, and killed the moment the publish starts, just after the load committed.
        VinrProcess atPublishStart = start("killed-as-publish-starts", run(interrupted));
        atPublishStart.awaitOutput(PUBLISH_STARTS, TIMEOUT);
        atPublishStart.kill();
        report("resumed, killed as the publish started after %.1f s", atPublishStart.seconds());
        assertThat(atPublishStart.output()).doesNotContain(EXTRACT_STEP_STARTS).contains(LOAD_ENDS);

        // 5. The same command once more completes the run from the publish on.
        VinrProcess completing = start("completing", run(interrupted));
        assertThat(completing.waitForExit(TIMEOUT)).as("the final rerun" + completing.describeOutput()).isZero();
        report("the final rerun completed in %.1f s", completing.seconds());
        assertThat(completing.output()).doesNotContain(EXTRACT_STEP_STARTS).doesNotContain(LOAD_STARTS)
                .contains(PUBLISH_STARTS, "Executing step: [report]");

        assertSameResults(new OutputLayout(uninterrupted), layout);
        assertThat(statusOf(interrupted)).containsExactly(
                "FAILED: " + JobRunner.INTERRUPTED,
                "FAILED: " + JobRunner.INTERRUPTED,
                "FAILED: " + JobRunner.INTERRUPTED,
                "FAILED: " + JobRunner.INTERRUPTED,
                "COMPLETED");
    }

    @Test
    void aSecondRunOnTheSameOutputFolderIsRefusedWhileTheFirstIsRunning() {
        Path out = work.resolve("out-busy");
        VinrProcess first = start("busy-first", run(out));
        // the job repository is created after the lock is taken, as the application starts
        first.awaitWhileRunning("opening its job repository", TIMEOUT,
                () -> Files.exists(new OutputLayout(out).jobRepositoryDir().resolve("repository.mv.db")));

        VinrProcess second = start("busy-second", run(out));

        assertThat(second.waitForExit(TIMEOUT)).as(second.describeOutput()).isEqualTo(3);
        assertThat(second.errors()).startsWith("another vinr run is using the output folder "
                + out.toAbsolutePath().normalize() + "; wait until it has finished and try again");
        assertThat(first.isAlive()).as("the first run goes on").isTrue();
    }

    @Test
    void aLoadWhileAnotherProcessHoldsTheWarehouseSaysItIsInUse() throws Exception {
        Path out = work.resolve("out-warehouse-held");
        Path warehouse = new OutputLayout(out).warehouse();
        Process holder = new ProcessBuilder(VinrProcess.java(), "-cp", System.getProperty("java.class.path"),
                WarehouseLockHolder.class.getName(), warehouse.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("open");

            VinrProcess load = start("load-while-held", List.of("load", "--municipality", MUNICIPALITY.code(),
                    "--period", PERIOD.toString(), "--out", out.toString(), "--lang", "en"));

            assertThat(load.waitForExit(TIMEOUT)).as(load.describeOutput()).isEqualTo(1);
            assertThat(load.errors().lines().findFirst()).hasValueSatisfying(first -> assertThat(first)
                    .endsWith("the warehouse " + warehouse + " is in use by another run"));
            assertThat(load.errors() + load.output()).as("no stack trace").doesNotContain("\tat ", "Exception");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void anOutputFolderBelowARegularFileFailsNamingThePath() throws IOException {
        Path file = Files.writeString(work.resolve("not-a-folder"), "a file where a folder should be");
        Path out = file.resolve("out");

        VinrProcess blocked = start("unwritable", run(out));

        assertThat(blocked.waitForExit(TIMEOUT)).as(blocked.describeOutput()).isEqualTo(3);
        assertThat(blocked.errors()).startsWith("the output folder " + out.toAbsolutePath())
                .contains("--out");
    }

    private List<String> run(Path out) {
        return List.of("run", "--municipality", MUNICIPALITY.code(), "--period", PERIOD.toString(),
                "--input", input.toString(), "--out", out.toString(), "--key-file", keyFile.toString(),
                "--config", stepLogging.toString(), "--lang", "en");
    }

    private VinrProcess start(String name, List<String> arguments) {
        VinrProcess process = VinrProcess.start(work.resolve("logs"), name, arguments);
        started.add(process);
        return process;
    }

    /** The warehouse, the extract and the published indicators of {@code actual} are those of {@code expected}. */
    private void assertSameResults(OutputLayout expected, OutputLayout actual) throws SQLException, IOException {
        Map<String, List<String>> expectedTables = TableRows.warehouse(expected.warehouse(), SCHEMAS, CREATION_DEPENDENT);
        Map<String, List<String>> actualTables = TableRows.warehouse(actual.warehouse(), SCHEMAS, CREATION_DEPENDENT);
        assertThat(actualTables.get(PUBLISH_RUN_LOG)).as("the run was published").isNotEmpty();
        expectedTables.remove(PUBLISH_RUN_LOG);
        actualTables.remove(PUBLISH_RUN_LOG);
        assertThat(expectedTables.get("mart.published_cells")).as("the ledger has cells to compare").isNotEmpty();
        assertThat(expectedTables.get("staging.contacts")).as("the comparison has rows to compare").isNotEmpty();
        assertThat(actualTables.keySet()).isEqualTo(expectedTables.keySet());
        expectedTables.forEach((table, rows) -> assertThat(actualTables.get(table)).as(table).isEqualTo(rows));
        for (String table : expectedTables.keySet()) {
            if (table.startsWith("staging.")) {
                assertThat(TableRows.duplicates(actual.warehouse(), table)).as("duplicated rows in " + table).isZero();
            }
        }
        Path extractDir = actual.extractDir(MUNICIPALITY, PERIOD);
        for (RecordKind kind : RecordKind.values()) {
            assertThat(TableRows.count(actual.warehouse(), "staging." + kind.baseName(), "period = '" + PERIOD + "'"))
                    .as("every row the manifest counts as written for " + kind.csvName() + " is loaded, once")
                    .isEqualTo(manifestWritten(extractDir, kind));
        }

        Path expectedExtract = expected.extractDir(MUNICIPALITY, PERIOD);
        assertThat(fileNames(extractDir)).isEqualTo(fileNames(expectedExtract))
                .noneMatch(name -> name.endsWith(".part") || name.equals(".work"));
        for (String name : fileNames(expectedExtract)) {
            if (name.endsWith(".parquet")) {
                assertThat(TableRows.parquet(extractDir.resolve(name))).as(name)
                        .isEqualTo(TableRows.parquet(expectedExtract.resolve(name)));
            }
        }
        assertThat(extractDir.resolve("rejects.csv")).hasSameTextualContentAs(expectedExtract.resolve("rejects.csv"));
        assertThat(manifestWithoutCreationTime(extractDir)).isEqualTo(manifestWithoutCreationTime(expectedExtract));

        Path indicators = actual.reportDir(MUNICIPALITY, PERIOD).resolve("indicators.csv");
        assertThat(indicators).hasSameTextualContentAs(expected.reportDir(MUNICIPALITY, PERIOD).resolve("indicators.csv"));
    }

    /** Each run {@code vinr status} lists, oldest first, as its outcome and for a failure its reason. */
    private List<String> statusOf(Path out) {
        VinrProcess status = start("status", List.of("status", "--out", out.toString(), "--lang", "en"));
        assertThat(status.waitForExit(TIMEOUT)).as(status.describeOutput()).isZero();
        Pattern run = Pattern.compile("^run\\s+2280\\s+2026H1\\s+\\S+ \\S+\\s+\\S+ \\S+\\s+(\\w+)\\s");
        List<String> runs = new ArrayList<>();
        for (String line : status.output().lines().toList()) {
            Matcher matcher = run.matcher(line);
            if (matcher.find()) {
                runs.add(matcher.group(1));
            } else if (line.trim().startsWith("reason: ")) {
                runs.set(runs.size() - 1, runs.get(runs.size() - 1) + ": " + line.trim().substring("reason: ".length()));
            }
        }
        return runs;
    }

    private static long manifestWritten(Path extractDir, RecordKind kind) throws IOException {
        JsonNode file = manifest(extractDir).path("files").path(kind.csvName());
        return file.isMissingNode() ? 0 : file.path("written").asLong();
    }

    private static JsonNode manifestWithoutCreationTime(Path extractDir) throws IOException {
        ObjectNode manifest = (ObjectNode) manifest(extractDir);
        manifest.remove("created");
        return manifest;
    }

    private static JsonNode manifest(Path extractDir) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(extractDir.resolve("manifest.json")));
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void report(String format, Object... args) {
        System.out.printf("[kill-recovery] " + format + "%n", args);
    }
}
