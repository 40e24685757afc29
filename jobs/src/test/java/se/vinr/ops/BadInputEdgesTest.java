package se.vinr.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.demo.SyntheticPackages;
import se.vinr.extract.pseudonym.PseudonymKey;

/**
 * Issue #19's cases, each built from a small package the demo's generator writes, run as a user runs
 * {@code vinr}: each asserts the exit code, the first line of standard error, and that nothing under
 * the output folder, in what the process printed, or in the job history holds a personal number of
 * the package (any written form) or an injected name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputEdgesTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(4);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A valid personal number (check digit right) typed where no identifier belongs. */
    private static final String PLANTED = "19850312-0001";
    private static final String NAME = "Åsa Öberg";
    private static final String OTHER_NAME = "Eva Lind";

    private Path temp;
    private Path clean;
    private Path key;
    private Path lenient;
    private OutputScan scan;

    @BeforeAll
    void aSmallPackageAndAKey(@TempDir Path dir) throws IOException {
        temp = dir;
        clean = new SyntheticPackages().write(new SyntheticPackages.Settings(MunicipalityCode.parse("2280"), 20_000,
                Period.parse("2026H1"), Period.parse("2026H1"), 19, List.of(), 0.0), temp.resolve("exports"))
                .get(0).directory();
        key = temp.resolve("2280.key");
        PseudonymKey.generate(new SecureRandom()).writeTo(key);
        lenient = Files.writeString(temp.resolve("lenient.yml"), "vinr:\n  reject-share-limit: 0.5\n");
        List<String> persons = new ArrayList<>(OutputScan.personIdsIn(clean));
        persons.add(PLANTED);
        scan = new OutputScan(persons, List.of(NAME, OTHER_NAME));
    }

    // ---- files the extract refuses: exit 1, one sentence, nothing identifying anywhere ----

    @Test
    void casesWithoutItsHeaderRowFailsNamingTheMissingColumnsNotTheFirstRow() throws Exception {
        Path input = variant("no-header-cases", "cases.csv", lines -> lines.subList(1, lines.size()));

        String first = refused("no-header-cases", input, 1);

        assertThat(first).startsWith("extract failed: cases.csv, line 1: the required columns case_id, person_id, role,"
                + " unit, opened are missing from the header row")
                .endsWith("Columns recognised in the header: none of its 12 columns has a known field name; if the"
                        + " first line holds data, the header row is missing.");
    }

    @Test
    void contactsWithoutItsHeaderRowFailsTheSameWay() throws Exception {
        Path input = variant("no-header-contacts", "contacts.csv", lines -> lines.subList(1, lines.size()));

        assertThat(refused("no-header-contacts", input, 1))
                .startsWith("extract failed: contacts.csv, line 1: the required columns contact_id, person_id, unit,"
                        + " contact_date, asked are missing");
    }

    @Test
    void aLinkInPlaceOfAFileIsRefusedWithoutReadingIt() throws Exception {
        Path input = copy("link", clean);
        Path elsewhere = Files.move(input.resolve("cases.csv"), temp.resolve("elsewhere-cases.csv"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.createSymbolicLink(input.resolve("cases.csv"), elsewhere);

        assertThat(refused("link", input, 1)).isEqualTo("extract failed: cases.csv in " + input
                + " is a symbolic link; vinr reads only regular files, so that a link cannot bring another file into"
                + " the extract. Copy the file itself into the folder and run again.");
    }

    @Test
    void aFolderInPlaceOfAFileIsNamed() throws Exception {
        Path input = copy("folder", clean);
        Files.delete(input.resolve("contacts.csv"));
        Files.createDirectory(input.resolve("contacts.csv"));

        assertThat(refused("folder", input, 1)).isEqualTo("extract failed: contacts.csv in " + input
                + " is a folder, not a file. Put the exported file there under that name, or remove the folder.");
    }

    @Test
    void anUnclosedQuoteNamesTheFileTheLineAndTheFix() throws Exception {
        Path input = variant("unclosed-quote", "cases.csv", lines -> {
            List<String> changed = new ArrayList<>(lines);
            changed.set(4, "\"" + changed.get(4));
            return changed;
        });

        assertThat(refused("unclosed-quote", input, 1)).isEqualTo("extract failed: cases.csv, line 5: the row"
                + " starting here cannot be read as CSV, most often because a quote is never closed or text follows a"
                + " closing quote. Fix the row in the export and run again.");
    }

    @Test
    void aUtf8FileWithOneWindows1252LineIsRefusedNamingTheLine() throws Exception {
        Path input = copy("mixed-encoding", clean);
        Path cases = input.resolve("cases.csv");
        List<String> lines = Files.readAllLines(cases, StandardCharsets.UTF_8);
        assertThat(String.join("\n", lines)).as("the generator writes UTF-8 with å, ä or ö").containsPattern("[åäöÅÄÖ]");
        StringBuilder utf8 = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            utf8.append(lines.get(i)).append('\n');
        }
        String[] row = lines.get(7).split(",", -1);
        row[3] = "Socialtjänst Väst";
        byte[] windowsLine = (String.join(",", row) + "\n").getBytes(WINDOWS_1252);
        StringBuilder rest = new StringBuilder();
        for (int i = 8; i < lines.size(); i++) {
            rest.append(lines.get(i)).append('\n');
        }
        try (var out = Files.newOutputStream(cases)) {
            out.write(utf8.toString().getBytes(StandardCharsets.UTF_8));
            out.write(windowsLine);
            out.write(rest.toString().getBytes(StandardCharsets.UTF_8));
        }

        assertThat(refused("mixed-encoding", input, 1)).startsWith("extract failed: cases.csv, line 8: the file is"
                + " UTF-8 but this line is not");
    }

    // ---- hostile text: rows rejected with a reason, the run completes, nothing personal published ----

    @Test
    void namesAndCommentsHoldingIdentifiersNeverReachAnOutput() throws Exception {
        Path input = copy("hostile", clean);
        List<String> cases = new ArrayList<>(Files.readAllLines(input.resolve("cases.csv"), StandardCharsets.UTF_8));
        cases.set(1, withColumn(cases.get(1), 3, "Enhet " + PLANTED));
        cases.set(2, withColumn(cases.get(2), 3, "Vård\u0000omsorg"));
        cases.set(3, withColumn(cases.get(3), 3, "x".repeat(5000)));
        cases.set(4, withColumn(cases.get(4), 2, NAME));
        cases.set(5, withColumn(cases.get(5), 2, "850312-0001"));
        cases.set(6, withColumn(cases.get(6), 4, "1900-01-01"));
        Files.write(input.resolve("cases.csv"), cases, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("plan_status.csv"), "activity_id,status,value,comment\n"
                + "1.1,done,,Ringde " + OTHER_NAME + " (" + PLANTED + ")\n", StandardCharsets.UTF_8);
        Path out = temp.resolve("out-hostile");

        VinrProcess run = VinrProcess.start(temp.resolve("logs"), "hostile", List.of("run", "--municipality", "2280",
                "--period", "2026H1", "--input", input.toString(), "--out", out.toString(), "--key-file",
                key.toString(), "--config", lenient.toString(), "--lang", "en", "--verbose"));

        assertThat(run.waitForExit(TIMEOUT)).as(run.describeOutput()).isZero();
        assertThat(run.errors()).as("nothing on standard error").isBlank();
        String rejects = Files.readString(out.resolve("extracts/2280/2026H1/rejects.csv"));
        assertThat(rejects)
                .contains("cases.csv,2,unit,invalid_text,", "cases.csv,3,unit,invalid_text,",
                        "cases.csv,4,unit,invalid_text,", "cases.csv,5,role,unknown_code,",
                        "cases.csv,6,role,unknown_code,", "cases.csv,7,opened,invalid_date,")
                .contains("the value (9 characters) is not one of the allowed codes",
                        "the value (11 characters) is not one of the allowed codes",
                        "is before the person's date of birth");
        assertNoIdentifierIn(out, run);
        assertOwnerOnly(out);
    }

    // ---- key and configuration: exit 4 with the reason, before any job starts ----

    @Test
    void everyKeyProblemEndsWithExitFourAndItsReasonOnExtractAndRun() throws Exception {
        Path missing = temp.resolve("no-such.key");
        Path folder = Files.createDirectories(temp.resolve("key-folder"));
        Path shortKey = Files.write(temp.resolve("short.key"), new byte[8]);
        Files.setPosixFilePermissions(shortKey, PosixFilePermissions.fromString("rw-------"));
        Path shared = Files.write(temp.resolve("shared.key"), new byte[32]);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r-----"));

        for (String command : List.of("extract", "run")) {
            assertKeyRefused(command, missing, "the key file " + missing + " does not exist; create one with: vinr keygen "
                    + missing);
            assertKeyRefused(command, folder, "the key file " + folder + " is a folder, not a file");
            assertKeyRefused(command, shortKey, "the key file " + shortKey + " holds 8 bytes but a key needs at least 32;"
                    + " create a new one with: vinr keygen FILE");
            assertKeyRefused(command, shared, "the key file " + shared + " may be read by its group or others; make it"
                    + " private with: chmod 600 " + shared);
        }
    }

    @Test
    void aBadConfigurationFileEndsWithExitFourOnExtractAndRun() throws Exception {
        Path missing = temp.resolve("no-such.yml");
        Path folder = Files.createDirectories(temp.resolve("config-folder"));
        Path broken = Files.writeString(temp.resolve("broken.yml"), "vinr:\n  reject-share-limit: [0.5\n");

        for (String command : List.of("extract", "run")) {
            Path out = temp.resolve("out-config-" + command);
            assertThat(withConfig(command, missing, out)).isEqualTo("the configuration file " + missing
                    + " cannot be read; check the path given to --config");
            assertThat(withConfig(command, folder, out)).isEqualTo("the configuration file " + folder
                    + " is a folder, not a file; give the YAML file itself to --config");
            assertThat(withConfig(command, broken, out)).startsWith("the configuration file " + broken
                    + " is not valid YAML (").endsWith("); correct it or give another file to --config");
        }
    }

    // ---- the job history: damaged, and read while a run holds it ----

    @Test
    void aTruncatedJobHistoryIsNamedWithTheFixAndExitThree() throws Exception {
        Path out = temp.resolve("out-history");
        VinrInMemory.Result extract = extract(clean, out, List.of());
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        Path history = out.resolve("jobs/repository.mv.db");
        // Cut off inside its 8 KB file header, as a copy that stopped early leaves it. (Cut off further on,
        // H2 opens the file at its last complete commit instead.)
        Files.write(history, java.util.Arrays.copyOf(Files.readAllBytes(history), 4096));

        for (List<String> command : List.of(List.of("status"), List.of("load", "--municipality", "2280", "--period",
                "2026H1"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--out", out.toString(), "--lang", "en"));
            VinrInMemory.Result result = VinrInMemory.run(args);
            assertThat(result.exitCode()).as(command + ": " + result.err()).isEqualTo(3);
            assertThat(result.firstErrorLine()).isEqualTo("The run history in " + out.resolve("jobs") + " is damaged"
                    + " (cut off or corrupted) and cannot be opened; move the folder aside (the extracts, the warehouse"
                    + " and the reports are kept) and run the command again, which starts a new run history.");
        }
    }

    @Test
    void statusShowsTheHistoryWhileAnotherProcessHoldsIt() throws Exception {
        Path out = temp.resolve("out-held");
        assertThat(extract(clean, out, List.of()).exitCode()).isZero();
        Process holder = new ProcessBuilder(VinrProcess.java(), "-cp", System.getProperty("java.class.path"),
                JobHistoryHolder.class.getName(), out.resolve("jobs/repository").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("open");

            VinrInMemory.Result status = VinrInMemory.run(List.of("status", "--out", out.toString(), "--lang", "en"));

            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(status.out()).containsPattern("extract\\s+2280\\s+2026H1 .* COMPLETED");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    // ---- warnings: allowed, but most likely a mistake ----

    @Test
    void warnsOfAMunicipalityCodeNotInTheSeedsAndOfAHalfYearNotEnded() {
        VinrInMemory.Result unknown = VinrInMemory.run(List.of("extract", "--municipality", "9999", "--period",
                "2026H1", "--input", clean.toString(), "--out", temp.resolve("out-9999").toString(), "--key-file",
                key.toString(), "--lang", "en", "--quiet"));
        VinrInMemory.Result future = VinrInMemory.run(List.of("extract", "--municipality", "2280", "--period",
                "2099H2", "--input", clean.toString(), "--out", temp.resolve("out-future").toString(), "--key-file",
                key.toString(), "--lang", "en", "--quiet"));

        assertThat(unknown.exitCode()).as(unknown.err()).isZero();
        assertThat(unknown.out()).contains("Warning: the municipality code 9999 is not in seeds/municipalities.csv")
                .doesNotContain("half-year");
        assertThat(future.out()).contains("Warning: the half-year 2099H2 does not end until 2099-12-31")
                .doesNotContain("municipality code");
    }

    // ---- helpers ----

    /** Runs {@code vinr extract} as its own process; asserts the exit code and a clean scan; the first error line. */
    private String refused(String name, Path input, int exitCode) throws Exception {
        Path out = temp.resolve("out-" + name);
        VinrProcess extract = VinrProcess.start(temp.resolve("logs"), name, List.of("extract", "--municipality", "2280",
                "--period", "2026H1", "--input", input.toString(), "--out", out.toString(), "--key-file", key.toString(),
                "--lang", "en"));
        assertThat(extract.waitForExit(TIMEOUT)).as(extract.describeOutput()).isEqualTo(exitCode);
        assertNoIdentifierIn(out, extract);
        VinrInMemory.Result status = VinrInMemory.run(List.of("status", "--out", out.toString(), "--lang", "en"));
        assertThat(scan.find(status.out() + status.err())).as("vinr status").isEmpty();
        return extract.errors().lines().findFirst().orElse("");
    }

    private void assertNoIdentifierIn(Path out, VinrProcess process) throws Exception {
        Path logs = temp.resolve("logs");
        assertThat(scan.search(out, logs.resolve(processName(process) + ".out"), logs.resolve(processName(process) + ".err")))
                .as("personal numbers or names in the outputs, the job history or the logs").isEmpty();
        assertThat(out.resolve("jobs/repository.mv.db")).as("the job history was searched").isRegularFile();
    }

    private static String processName(VinrProcess process) {
        return process.name();
    }

    private void assertKeyRefused(String command, Path keyFile, String sentence) {
        List<String> args = new ArrayList<>(List.of(command, "--municipality", "2280", "--period", "2026H1", "--input",
                clean.toString(), "--out", temp.resolve("out-key-" + command).toString(), "--key-file",
                keyFile.toString(), "--lang", "en"));
        VinrInMemory.Result result = VinrInMemory.run(args);
        assertThat(result.exitCode()).as(keyFile + ": " + result.err()).isEqualTo(4);
        assertThat(result.firstErrorLine()).isEqualTo(sentence);
        assertThat(result.err()).doesNotContain("delegate", "Exception");
    }

    private String withConfig(String command, Path config, Path out) {
        VinrInMemory.Result result = VinrInMemory.run(List.of(command, "--municipality", "2280", "--period", "2026H1",
                "--input", clean.toString(), "--out", out.toString(), "--key-file", key.toString(), "--config",
                config.toString(), "--lang", "en"));
        assertThat(result.exitCode()).as(config + ": " + result.err()).isEqualTo(4);
        return result.firstErrorLine();
    }

    private VinrInMemory.Result extract(Path input, Path out, List<String> more) {
        List<String> args = new ArrayList<>(List.of("extract", "--municipality", "2280", "--period", "2026H1",
                "--input", input.toString(), "--out", out.toString(), "--key-file", key.toString(), "--lang", "en",
                "--quiet"));
        args.addAll(more);
        return VinrInMemory.run(args);
    }

    /** Every file and folder under {@code out} is closed to group and others. */
    private static void assertOwnerOnly(Path out) throws IOException {
        Set<PosixFilePermission> others = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);
        try (Stream<Path> paths = Files.walk(out)) {
            for (Path path : paths.toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
                assertThat(permissions).as(path.toString()).doesNotContainAnyElementsOf(others);
            }
        }
    }

    private Path variant(String name, String file, UnaryOperator<List<String>> change) throws IOException {
        Path input = copy(name, clean);
        List<String> lines = Files.readAllLines(input.resolve(file), StandardCharsets.UTF_8);
        Files.write(input.resolve(file), change.apply(lines), StandardCharsets.UTF_8);
        return input;
    }

    private Path copy(String name, Path from) throws IOException {
        Path target = Files.createDirectories(temp.resolve("in-" + name));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    private static String withColumn(String line, int column, String value) {
        String[] values = line.split(",", -1);
        values[column] = value;
        return String.join(",", values);
    }
}
