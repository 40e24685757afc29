package se.vinr.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.demo.TestPersonNumbers;
import se.vinr.extract.person.PersonId;
import se.vinr.extract.pseudonym.PseudonymKey;

/**
 * The revision rule of the ledger through the command line, on {@link KnownPackages}: 2024H2 is published,
 * then reloaded with late-registered victims, and the 2025H1 report shows 2024H2 again. A count changed by
 * one is hidden (not 32 beside the 31 first published), a count changed by five is shown and marked
 * revised, the ledger keeps both publications, and publishing again gives the same rows. The 2025H1
 * report (made with a non-default protection level) marks the revised figure in its detail tables and its
 * spreadsheet, and its method section states the configured level.
 */
class RevisionLedgerEndToEndTest {

    private static final String A = "2024H2";
    private static final String B = "2025H1";
    private static final String NEW_CASES_A = "indicator = 'new_cases' AND breakdown = 'all' AND period = '" + A + "'";

    @TempDir
    static Path work;

    private static Path out;
    private static List<String> common;
    private static List<String> firstPublicationOfA;
    private static List<String> afterOneLateVictim;
    private static Map<String, List<String>> martAfterOneLateVictim;
    private static Map<String, List<String>> martRepublished;
    private static List<String> afterFiveLateVictims;
    private static List<String> smallDifferencesShown;
    private static String report;
    private static List<String> revisedInSpreadsheet;

    @BeforeAll
    static void publishReviseAndPublishAgain() throws Exception {
        out = work.resolve("out");
        Path key = work.resolve("vinr.key");
        PseudonymKey.generate(new SecureRandom()).writeTo(key);
        Path inputA = work.resolve("in").resolve(A);
        Path inputB = work.resolve("in").resolve(B);
        new KnownPackages().write(inputA, inputB);
        common = List.of("--out", out.toString(), "--key-file", key.toString());
        succeeds("national");
        load(A, inputA);
        load(B, inputB);
        succeeds("publish", "--municipality", "2280", "--period", A);
        firstPublicationOfA = newCasesOfA(A);

        load(A, withLateVictims(inputA, work.resolve("in").resolve("A-one-late"), 1));
        succeeds("publish", "--municipality", "2280", "--period", B);
        afterOneLateVictim = newCasesOfA(B);
        smallDifferencesShown = query("SELECT c.indicator || ' ' || c.breakdown || ': ' || f.numerator || ' -> '"
                + " || c.numerator FROM mart.published_cells c JOIN mart.published_cells f USING (municipality, "
                + "indicator, breakdown, period, reference_area) WHERE c.report_period = '" + B + "' AND f.report_period = '"
                + A + "' AND c.period = '" + A + "' AND NOT c.suppressed AND NOT f.suppressed "
                + "AND abs(c.numerator - f.numerator) BETWEEN 1 AND 4");
        martAfterOneLateVictim = martTables();
        succeeds("publish", "--municipality", "2280", "--period", B);
        martRepublished = martTables();

        load(A, withLateVictims(inputA, work.resolve("in").resolve("A-five-late"), 5));
        succeeds("publish", "--municipality", "2280", "--period", B);
        afterFiveLateVictims = newCasesOfA(B);

        Path levelFour = Files.writeString(work.resolve("level-four.yml"), "vinr:\n  protection-level: 4\n");
        List<String> withLevelFour = new ArrayList<>(common);
        withLevelFour.addAll(List.of("--config", levelFour.toString()));
        PublishedWarehouse.succeeds(withLevelFour, "report", "--municipality", "2280", "--period", B);
        Path reportDir = out.resolve("reports").resolve("2280").resolve(B);
        report = Files.readString(reportDir.resolve("rapport.html"));
        revisedInSpreadsheet = revisedRows(reportDir.resolve("indicators.xlsx"));
    }

    @Test
    void aCountChangedByOneSinceItsFirstPublicationIsHiddenNotShownBesideTheOldFigure() {
        assertThat(firstPublicationOfA).containsExactly("false|31.0|false");
        assertThat(afterOneLateVictim).containsExactly("true|null|false");
        // Nowhere in the 2025H1 report does a 2024H2 count differ by 1 to 4 from its first publication.
        assertThat(smallDifferencesShown).isEmpty();
    }

    @Test
    void theLedgerHoldsBothPublicationsAndTheFirstStillShowsTheFigureAsFirstPublished() throws SQLException {
        assertThat(query("SELECT DISTINCT report_period FROM mart.published_cells WHERE period = '" + A
                + "' ORDER BY 1")).containsExactly(A, B);
        assertThat(martAfterOneLateVictim.get("published_cells")).anyMatch(row -> row.contains("|" + A + "|")
                && row.startsWith("2280|" + A + "|")).anyMatch(row -> row.startsWith("2280|" + B + "|"));
        assertThat(query("SELECT numerator FROM mart.first_published_cells WHERE " + NEW_CASES_A
                + " AND first_report_period = '" + A + "'")).containsOnly("31.0");
    }

    @Test
    void republishingTheSameDataGivesTheSameMartRows() {
        assertThat(martRepublished).isEqualTo(martAfterOneLateVictim);
    }

    @Test
    void aCountChangedByTheThresholdOrMoreIsShownMarkedRevised() {
        assertThat(afterFiveLateVictims).containsExactly("false|36.0|true");
    }

    @Test
    void theReportShowsTheRevisedFigureMarkedInItsDetailTablesAndSpreadsheetAndExplainsTheMark() {
        String detail = report.substring(report.indexOf("<section id=\"fordjupning\""),
                report.indexOf("</section>", report.indexOf("<section id=\"fordjupning\"")));
        assertThat(detail).contains("<h3 id=\"reviderade-tal\">Reviderade tal</h3>")
                .containsPattern("<tr><td>[^<]*</td><td>Alla</td><td>andra halvåret 2024</td><td class=\"num\">36"
                        + "[^<]*<span class=\"revised\">\\(reviderad\\)</span></td></tr>");
        String method = report.substring(report.indexOf("<section id=\"metod\""));
        assertThat(method).contains("märks “reviderad”");
        assertThat(revisedInSpreadsheet).contains("new_cases|andra halvåret 2024|Alla");
    }

    @Test
    void theMethodSectionStatesTheConfiguredProtectionLevel() {
        String method = report.substring(report.indexOf("<section id=\"metod\""));
        assertThat(method).contains("minst 4 olika värden").doesNotContain("minst 3 olika värden");
    }

    /** The spreadsheet's rows marked revised: indicator id, half-year and breakdown. */
    private static List<String> revisedRows(Path xlsx) throws IOException {
        List<String> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx);
             ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    if (row.getCellCount() > 15 && "ja".equals(row.getCellText(15))) {
                        rows.add(row.getCellText(3) + "|" + row.getCellText(1) + "|" + row.getCellText(4));
                    }
                }
            }
        }
        return rows;
    }

    /** Adds {@code count} victims to 2024H2 whose cases were registered late: new women aged 36. */
    private static Path withLateVictims(Path original, Path revised, int count) throws IOException {
        Files.createDirectories(revised);
        try (Stream<Path> files = Files.list(original)) {
            for (Path file : files.toList()) {
                Files.copy(file, revised.resolve(file.getFileName()));
            }
        }
        StringBuilder rows = new StringBuilder();
        LocalDate opened = KnownPackages.A_K_OPENED;
        for (int i = 1; i <= count; i++) {
            PersonId person = TestPersonNumbers.personnummer(opened.minusYears(36).minusDays(i));
            rows.append(String.format("A-L-%02d,%s,victim,IFO vuxen,%s,2024-11-30,K,physical%n", i,
                    person.format(PersonId.Form.TWELVE_DASH), opened));
        }
        Files.writeString(revised.resolve("cases.csv"), rows, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return revised;
    }

    private static void load(String period, Path input) {
        succeeds("extract", "--municipality", "2280", "--period", period, "--input", input.toString());
        succeeds("load", "--municipality", "2280", "--period", period);
    }

    private static List<String> newCasesOfA(String reportPeriod) throws SQLException {
        return query("SELECT DISTINCT suppressed, numerator, revised FROM mart.published_cells WHERE report_period = '"
                + reportPeriod + "' AND " + NEW_CASES_A);
    }

    private static List<String> query(String sql) throws SQLException {
        return PublishedWarehouse.query(out.resolve("warehouse.duckdb"), sql);
    }

    private static void succeeds(String... command) {
        PublishedWarehouse.succeeds(common, command);
    }

    private static Map<String, List<String>> martTables() throws SQLException {
        return PublishedWarehouse.martTables(out.resolve("warehouse.duckdb"));
    }
}
