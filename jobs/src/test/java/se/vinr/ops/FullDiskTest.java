package se.vinr.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.OutputLayout;
import se.vinr.core.Period;
import se.vinr.demo.SyntheticPackages;
import se.vinr.extract.pseudonym.PseudonymKey;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A full disk during extract, load and report, on a real small file system: the output folder lies on
 * a tmpfs of a few megabytes, filled up to a little less than the next command needs. Each command
 * must stop with exit code 3 and the disk-full sentence; once the space is freed, the same command
 * must complete, and extract, warehouse and indicators must be those of a run that never met a full
 * disk. Where the machine does not allow a mount, the same steps run with Linux's {@code /dev/full}
 * linked in place of the file each command writes first.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class FullDiskTest {

    private static final MunicipalityCode MUNICIPALITY = MunicipalityCode.parse("2280");
    private static final Period PERIOD = Period.parse("2026H1");
    private static final Duration TIMEOUT = Duration.ofMinutes(4);
    private static final List<String> SCHEMAS = List.of("staging", "core", "ref", "mart", "meta");
    private static final Set<String> CREATION_DEPENDENT = Set.of("manifest_sha256", "extract_created", "loaded_at",
            "created", "generated_at", "run_at", "published_at", "first_published_at");

    @TempDir
    Path temp;

    @Test
    void extractLoadPublishAndReportEachResumeAfterAFullDiskToTheOutputsOfAnUninterruptedRun() throws Exception {
        Path input = new SyntheticPackages().write(new SyntheticPackages.Settings(MUNICIPALITY, 300_000, PERIOD, PERIOD,
                7, List.of(), 0.01), temp.resolve("exports")).get(0).directory();
        Path key = temp.resolve("2280.key");
        PseudonymKey.generate(new SecureRandom()).writeTo(key);

        Path baseline = temp.resolve("out-baseline");
        for (String command : List.of("extract", "load", "publish", "report")) {
            assertThat(vinr(command + "-baseline", command, input, baseline, key).waitForExit(TIMEOUT)).isZero();
        }
        OutputLayout expected = new OutputLayout(baseline);
        long extractBytes = size(expected.extractDir(MUNICIPALITY, PERIOD));

        try (SmallDisk disk = SmallDisk.mount(temp.resolve("small"), 48)) {
            Path out = disk.root().resolve("out");
            OutputLayout layout = new OutputLayout(out);
            Path extractDir = layout.extractDir(MUNICIPALITY, PERIOD);
            report("tmpfs mounted: %s", disk.mounted());

            // Extract: the disk fills up after the cases file, while contacts is being written.
            FullDisk full = disk.mounted() ? new FullDisk.Filled(disk, extractBytes / 3)
                    : new FullDisk.Linked(extractDir.resolve(".work/contacts.parquet.part"));
            assertStopsOnAFullDiskAndCompletesOnceFreed("extract", full, input, out, key);
            assertThat(manifestWithoutTime(extractDir)).isEqualTo(manifestWithoutTime(expected.extractDir(MUNICIPALITY,
                    PERIOD)));
            for (String name : fileNames(expected.extractDir(MUNICIPALITY, PERIOD))) {
                if (name.endsWith(".parquet")) {
                    assertThat(TableRows.parquet(extractDir.resolve(name))).as(name)
                            .isEqualTo(TableRows.parquet(expected.extractDir(MUNICIPALITY, PERIOD).resolve(name)));
                }
            }
            assertThat(extractDir.resolve("rejects.csv"))
                    .hasSameTextualContentAs(expected.extractDir(MUNICIPALITY, PERIOD).resolve("rejects.csv"));

            // Load: DuckDB runs out of space while it writes the warehouse.
            full = disk.mounted() ? new FullDisk.Filled(disk, 256 * 1024)
                    : new FullDisk.Linked(out.resolve("warehouse.duckdb.wal"));
            assertStopsOnAFullDiskAndCompletesOnceFreed("load", full, input, out, key);
            Map<String, List<String>> expectedTables = TableRows.warehouse(expected.warehouse(), SCHEMAS, CREATION_DEPENDENT);
            Map<String, List<String>> actualTables = TableRows.warehouse(layout.warehouse(), SCHEMAS, CREATION_DEPENDENT);
            assertThat(expectedTables.get("staging.cases")).isNotEmpty();
            assertThat(actualTables.get("staging.cases")).isEqualTo(expectedTables.get("staging.cases"));
            assertThat(actualTables.get("staging.contacts")).isEqualTo(expectedTables.get("staging.contacts"));

            // Publish: DuckDB runs out of space while it writes the mart.* ledger.
            full = disk.mounted() ? new FullDisk.Filled(disk, 256 * 1024)
                    : new FullDisk.Linked(out.resolve("warehouse.duckdb.wal"));
            assertStopsOnAFullDiskAndCompletesOnceFreed("publish", full, input, out, key);
            Map<String, List<String>> expectedMart = TableRows.warehouse(expected.warehouse(), SCHEMAS, CREATION_DEPENDENT);
            Map<String, List<String>> actualMart = TableRows.warehouse(layout.warehouse(), SCHEMAS, CREATION_DEPENDENT);
            assertThat(expectedMart.get("mart.published_cells")).isNotEmpty();
            assertThat(actualMart.get("mart.published_cells")).isEqualTo(expectedMart.get("mart.published_cells"));

            // Report: the documents do not fit.
            full = disk.mounted() ? new FullDisk.Filled(disk, 64 * 1024)
                    : new FullDisk.Linked(layout.reportDir(MUNICIPALITY, PERIOD).resolve("indicators.csv"));
            assertStopsOnAFullDiskAndCompletesOnceFreed("report", full, input, out, key);
            assertThat(layout.reportDir(MUNICIPALITY, PERIOD).resolve("indicators.csv"))
                    .hasSameTextualContentAs(expected.reportDir(MUNICIPALITY, PERIOD).resolve("indicators.csv"));
        }
    }

    private void assertStopsOnAFullDiskAndCompletesOnceFreed(String command, FullDisk full, Path input, Path out,
                                                              Path key) throws IOException {
        full.fill();
        VinrProcess failed = vinr(command + "-full", command, input, out, key);
        int code = failed.waitForExit(TIMEOUT);
        full.free();
        report("%s on a full disk: exit %d, %s", command, code, failed.errors().lines().findFirst().orElse(""));
        assertThat(code).as(failed.describeOutput()).isEqualTo(3);
        assertThat(failed.errors().lines().findFirst().orElse("")).as("one sentence naming the disk and the fix")
                .containsAnyOf("the disk is full: ", "the disk of the output folder " + out.toAbsolutePath() + " is full")
                .contains("then run the same command again");

        VinrProcess again = vinr(command + "-freed", command, input, out, key);
        assertThat(again.waitForExit(TIMEOUT)).as("the same command once space is free" + again.describeOutput()).isZero();
    }

    private VinrProcess vinr(String name, String command, Path input, Path out, Path key) {
        List<String> args = new ArrayList<>(List.of(command, "--municipality", MUNICIPALITY.code(), "--period",
                PERIOD.toString(), "--out", out.toString(), "--lang", "en"));
        if (command.equals("extract")) {
            args.addAll(List.of("--input", input.toString(), "--key-file", key.toString()));
        }
        return VinrProcess.start(temp.resolve("logs"), name, args);
    }

    private static ObjectNode manifestWithoutTime(Path extractDir) throws IOException {
        ObjectNode manifest = (ObjectNode) JsonMapper.builder().build().readTree(
                Files.readString(extractDir.resolve("manifest.json")));
        manifest.remove("created");
        return manifest;
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void report(String format, Object... args) {
        System.out.printf("[full-disk] " + format + "%n", args);
    }

    /** How the disk is made full for one command, and freed again. */
    private sealed interface FullDisk {

        void fill() throws IOException;

        void free() throws IOException;

        /** The tmpfs filled with a ballast file until {@code bytesLeft} are free. */
        record Filled(SmallDisk disk, long bytesLeft) implements FullDisk {
            @Override
            public void fill() {
                disk.fill(bytesLeft);
            }

            @Override
            public void free() {
                disk.free();
            }
        }

        /** {@code /dev/full} linked where the command writes, where no tmpfs can be mounted. */
        record Linked(Path file) implements FullDisk {
            @Override
            public void fill() throws IOException {
                Files.createDirectories(file.getParent());
                Files.deleteIfExists(file);
                Files.createSymbolicLink(file, Path.of("/dev/full"));
            }

            @Override
            public void free() throws IOException {
                if (Files.isSymbolicLink(file)) {
                    Files.delete(file);
                }
            }
        }
    }
}
