package se.vinr.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.app.ApplicationStarter;
import se.vinr.cli.VinrCli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code vinr demo} through the real command line and Spring application: every step on real files, a
 * report at the printed path with the charts that compare with other municipalities, the runs in
 * {@code vinr status}, and the same indicators for the same seed.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class DemoEndToEndTest {

    /** The columns of {@code indicators.csv}, docs/contract.md#5-output. */
    private static final String INDICATOR_COLUMNS = "municipality,period,indicator,breakdown,numerator,denominator,"
            + "value,unit,ci_low,ci_high,reference_area,reference_value,comparison,suppressed";
    private static final List<String> DEFAULT_PERIODS = List.of("2021H1", "2021H2", "2022H1", "2022H2", "2023H1",
            "2023H2", "2024H1", "2024H2", "2025H1", "2025H2");
    /** The faults the generator puts in on purpose; any other reject means it wrote something off-contract. */
    private static final Set<String> DELIBERATE_REJECTS = Set.of("invalid_person_id", "invalid_date");

    @TempDir
    Path dir;

    @Test
    void runsTheDefaultTenHalfYearsAndListsEveryRunInStatus() throws IOException {
        Path out = dir.resolve("out");

        Run demo = vinr("demo", "--out", out.toString());

        assertThat(demo.exitCode()).as(demo.err()).isZero();
        Path report = printedReport(demo);
        assertThat(report).isEqualTo(out.resolve("reports/2280/2025H2/rapport.html").toAbsolutePath());
        assertThat(report).isRegularFile();
        assertThat(Files.readString(report)).contains("<svg");
        // The synthetic comparison figures give the spine chart and funnel plots, and say what they are. The
        // adult victims' rate is per 20+ (the seeds have no 18+ population), so it is placed in no funnel of
        // rates per 18+, as it is compared with no reference.
        assertThat(Files.readString(report)).contains("id='chart-spine'", "id='chart-funnel_screening_rate'",
                SyntheticReferenceFigures.SOURCE).doesNotContain("id='chart-funnel_new_victims_rate'")
                .contains("Nya våldsutsatta vuxna per 10 000 invånare 20 år och äldre")
                .doesNotContain("Nya våldsutsatta vuxna per 10 000 invånare 18 år och äldre");
        for (String period : DEFAULT_PERIODS) {
            assertThat(out.resolve("reports/2280").resolve(period).resolve("indicators.csv")).isRegularFile();
            assertExtractHasOnlyTheDeliberateRejects(out.resolve("extracts/2280").resolve(period));
        }
        assertIndicatorsFollowTheContract(out.resolve("reports/2280/2025H2/indicators.csv"), "2025H2");

        Run status = vinr("status", "--out", out.toString());

        assertThat(status.exitCode()).as(status.err()).isZero();
        List<String> runs = Arrays.stream(status.out().split("\\R")).skip(1).filter(l -> !l.isBlank()).toList();
        assertThat(runs).hasSize(1 + DEFAULT_PERIODS.size());
        assertThat(runs.get(0)).matches("national\\s.*\\sCOMPLETED\\s.*");
        for (int i = 0; i < DEFAULT_PERIODS.size(); i++) {
            assertThat(runs.get(i + 1)).matches("run\\s+2280\\s+" + DEFAULT_PERIODS.get(i) + "\\s.*\\sCOMPLETED\\s.*");
        }
    }

    @Test
    void givesTheSameIndicatorsForTheSameSeed() throws IOException {
        List<Path> indicators = new ArrayList<>();
        for (String folder : List.of("first", "second")) {
            Path out = dir.resolve(folder);

            Run demo = vinr("demo", "--out", out.toString(), "--from", "2025H1", "--to", "2025H2", "--seed", "42",
                    "--quiet", "--lang", "en");

            assertThat(demo.exitCode()).as(demo.err()).isZero();
            assertThat(demo.out()).contains("The demo is done.");
            assertThat(printedReport(demo)).isRegularFile();
            indicators.add(out.resolve("reports/2280/2025H2/indicators.csv"));
        }

        assertIndicatorsFollowTheContract(indicators.get(0), "2025H2");
        assertThat(Files.readString(indicators.get(1))).isEqualTo(Files.readString(indicators.get(0)));
        assertThat(Files.readAllBytes(dir.resolve("second/demo/input/2280/2025H2/cases.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("first/demo/input/2280/2025H2/cases.csv")));
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run vinr(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new VinrCli(new PrintWriter(out, true), new PrintWriter(err, true), new ApplicationStarter())
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The path on the demo's last line, "… Rapport: PATH" or "… Report: PATH". */
    private static Path printedReport(Run demo) {
        List<String> lines = Arrays.stream(demo.out().split("\\R")).filter(l -> !l.isBlank()).toList();
        String last = lines.get(lines.size() - 1);
        assertThat(last).containsPattern("(Rapport|Report): ");
        return Path.of(last.substring(last.indexOf(": ") + 2).strip());
    }

    private static void assertExtractHasOnlyTheDeliberateRejects(Path extract) throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(extract.resolve("manifest.json").toFile());
        assertThat(manifest.path("status").asString()).isEqualTo("complete");
        int rejected = 0;
        for (String file : manifest.path("files").propertyNames()) {
            JsonNode counts = manifest.path("files").path(file);
            assertThat(counts.path("read").asInt()).as(file)
                    .isEqualTo(counts.path("written").asInt() + counts.path("rejected").asInt());
            assertThat(counts.path("rejected_by_reason").propertyNames()).as("%s in %s", file, extract)
                    .isSubsetOf(DELIBERATE_REJECTS);
            rejected += counts.path("rejected").asInt();
        }
        assertThat(rejected).as("rejects in %s", extract).isPositive();
    }

    private static void assertIndicatorsFollowTheContract(Path csv, String period) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(INDICATOR_COLUMNS);
        assertThat(lines).hasSizeGreaterThan(20);
        List<String> columns = List.of(INDICATOR_COLUMNS.split(","));
        boolean newCasesPublished = false;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).as(line).hasSize(columns.size());
            assertThat(cells[0]).isEqualTo("2280");
            assertThat(cells[1]).isEqualTo(period);
            assertThat(cells[7]).as(line).isIn("count", "percent", "per_10000", "ratio", "days");
            assertThat(cells[12]).as(line).isIn("higher", "similar", "lower", "not_compared");
            assertThat(cells[13]).as(line).isIn("true", "false");
            if (cells[13].equals("true")) {
                assertThat(List.of(cells[4], cells[6], cells[8], cells[9])).as(line).containsOnly("");
            } else if (!cells[4].isEmpty()) {
                assertThat(Double.parseDouble(cells[4])).as("published numerator in %s", line)
                        .satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(5));
            }
            newCasesPublished |= line.startsWith("2280," + period + ",new_cases,all,") && cells[13].equals("false")
                    && Double.parseDouble(cells[6]) > 0;
        }
        assertThat(newCasesPublished).as("new_cases for all is published").isTrue();
    }
}
