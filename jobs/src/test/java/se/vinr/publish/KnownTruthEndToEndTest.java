package se.vinr.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.app.ApplicationStarter;
import se.vinr.cli.VinrCli;
import se.vinr.extract.pseudonym.PseudonymKey;
import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.indicators.stats.Interval;
import se.vinr.indicators.stats.PoissonInterval;
import se.vinr.indicators.stats.WilsonInterval;

/**
 * The whole pipeline — {@code national}, {@code extract}, {@code load}, {@code publish}, {@code report} through the
 * command line — on the two hand-made half-years of {@link KnownPackages}, with every core indicator
 * of docs/contract.md#5a-indicators checked row by row in {@code indicators.csv}: numerator, denominator,
 * value, unit, interval, and what small-number protection hides and why.
 *
 * <p>Population (a test copy of the seeds, 2024, the latest year up to both half-years): 18+ 20,000
 * (women 10,000, men 10,000), 0–17 4,000.
 */
class KnownTruthEndToEndTest {

    private static final String A = "2024H2";
    private static final String B = "2025H1";
    private static final ConfidenceLevel LEVEL = new ConfidenceLevel(0.95);
    private static final PoissonInterval POISSON = new PoissonInterval(LEVEL);
    private static final WilsonInterval WILSON = new WilsonInterval(LEVEL);
    /** 29 adult victims per 20,000 adults in 2025H1 (Byar, since 29 ≥ 10). */
    private static final Interval VICTIMS_B = POISSON.rateInterval(29, 20_000, 10_000).orElseThrow();

    @TempDir
    static Path work;

    private static Path out;
    private static List<CSVRecord> csvA;
    private static List<CSVRecord> csvB;

    @BeforeAll
    static void runThePipeline() throws IOException {
        out = work.resolve("out");
        Path key = work.resolve("vinr.key");
        PseudonymKey.generate(new SecureRandom()).writeTo(key);
        Path config = work.resolve("vinr.yml");
        Files.writeString(config, "vinr:\n  seeds-dir: " + seeds(work.resolve("seeds")) + "\n");
        Path inputA = work.resolve("in").resolve(A);
        Path inputB = work.resolve("in").resolve(B);
        new KnownPackages().write(inputA, inputB);
        Path references = work.resolve("references.csv");
        Files.writeString(references, String.join("\n",
                "indicator,area,year,sex,value,unit,source",
                // On the lower limit of the interval: similar (limits included).
                "new_victims_rate,riket,2025H1,T," + VICTIMS_B.low() + ",per_10000,test",
                // Above the interval: the municipality is lower.
                "new_victims_rate,22,2025H1,T," + (VICTIMS_B.high() + 0.5) + ",per_10000,test",
                // Below the interval: the municipality is higher.
                "new_victims_rate,kommungrupp:Mindre stad/tätort,2025H1,T," + (VICTIMS_B.low() - 0.5) + ",per_10000,test",
                "new_victims_rate,riket,2025H1,K,23.0,per_10000,test",
                // 85 per 100,000 is 8.5 per 10,000, the municipality's own 2024H2 value.
                "new_victims_rate,riket,2024H2,T,85,per_100000,test",
                // A rate of a whole year is no reference for a half-year's rate.
                "new_victims_rate,22,2025,T,14.0,per_10000,test",
                // A count depends on the size of the area: never compared.
                "new_cases,riket,2025H1,T,5000,count,test",
                // A share does not grow with the period: the year's figure will do.
                "screening_rate,riket,2025,T,60,percent,test") + "\n");
        List<String> common = List.of("--out", out.toString(), "--config", config.toString(), "--key-file", key.toString());
        run(common, "national", "--input", references.toString());
        run(common, "extract", "--municipality", "2280", "--period", A, "--input", inputA.toString());
        run(common, "load", "--municipality", "2280", "--period", A);
        run(common, "extract", "--municipality", "2280", "--period", B, "--input", inputB.toString());
        run(common, "load", "--municipality", "2280", "--period", B);
        run(common, "publish", "--municipality", "2280", "--period", A);
        run(common, "publish", "--municipality", "2280", "--period", B);
        run(common, "report", "--municipality", "2280", "--period", A);
        run(common, "report", "--municipality", "2280", "--period", B);
        csvA = csv(A);
        csvB = csv(B);
    }

    @Test
    void countsNewCasesByRoleSexAndAgeBand() {
        // 2024H2: 15 + 2 victims, 6 child witnesses, 8 perpetrators, nobody in two roles: 31 persons.
        shown(csvA, "new_cases", "all", 31, null, 31.0);
        shown(csvA, "new_cases", "role=victim", 17, null, 17.0);
        shown(csvA, "new_cases", "role=child_victim", 0, null, 0.0);
        shown(csvA, "new_cases", "role=child_witness", 6, null, 6.0);
        shown(csvA, "new_cases", "role=perpetrator", 8, null, 8.0);
        // 2 men: hidden; the 15 women would give them back (17 − 15), so they go too. Zero is shown.
        hidden(csvA, "new_cases", "role=victim;sex=M", null);
        hidden(csvA, "new_cases", "role=victim;sex=K", null);
        shown(csvA, "new_cases", "role=victim;sex=X", 0, null, 0.0);
        shown(csvA, "new_cases", "role=victim;age_band=25-44", 17, null, 17.0);
        for (String band : List.of("0-17", "18-24", "45-64", "65-79", "80+")) {
            shown(csvA, "new_cases", "role=victim;age_band=" + band, 0, null, 0.0);
        }
        // 2025H1: 20 + 6 + 3 victims, 7 child victims, 10 child witnesses, 12 perpetrators: 58 persons.
        shown(csvB, "new_cases", "all", 58, null, 58.0);
        shown(csvB, "new_cases", "role=victim", 29, null, 29.0);
        shown(csvB, "new_cases", "role=child_victim", 7, null, 7.0);
        shown(csvB, "new_cases", "role=child_witness", 10, null, 10.0);
        shown(csvB, "new_cases", "role=perpetrator", 12, null, 12.0);
        shown(csvB, "new_cases", "role=victim;sex=X", 0, null, 0.0);
        shown(csvB, "new_cases", "role=victim;age_band=25-44", 20, null, 20.0);
        // 3 aged 70: hidden; 29 − 20 would give them back, so the next smallest band (6 aged 50) goes too.
        hidden(csvB, "new_cases", "role=victim;age_band=65-79", null);
        hidden(csvB, "new_cases", "role=victim;age_band=45-64", null);
        for (String band : List.of("0-17", "18-24", "80+")) {
            shown(csvB, "new_cases", "role=victim;age_band=" + band, 0, null, 0.0);
        }
        // By sex and age band: the 20 women aged 30, the 3 women aged 70 (hidden) and the 6 men aged 50.
        // The 23 women less the 20 would give the 3 back, so the women's total goes, and with it the men's
        // 6 (29 − 23); each row and column of the table then hides two cells or none.
        shown(csvB, "new_cases", "role=victim;sex=K;age_band=25-44", 20, null, 20.0);
        hidden(csvB, "new_cases", "role=victim;sex=K;age_band=65-79", null);
        hidden(csvB, "new_cases", "role=victim;sex=M;age_band=45-64", null);
        hidden(csvB, "new_cases", "role=victim;sex=K", null);
        hidden(csvB, "new_cases", "role=victim;sex=M", null);
        shown(csvB, "new_cases", "role=victim;sex=M;age_band=25-44", 0, null, 0.0);
    }

    @Test
    void setsTheVictimsByAgeAndSexAgainstThePopulationOfTheSameBands() throws IOException {
        String html = Files.readString(out.resolve("reports").resolve("2280").resolve(B).resolve("rapport.html"));

        // Of the shown groups only women aged 25-44 had victims, 20 against 20 × 3,000 / 14,500 expected:
        // over-represented by construction, so the title names the largest group instead.
        assertThat(html).contains("victims_by_age_and_sex", "väntat antal enligt befolkningen", "(SCB, 2024)", "4,1")
                .contains("Flest nya våldsutsatta var kvinnor 25–44 år")
                .doesNotContain("mest överrepresenterade");
    }

    @Test
    void countsActiveCasesWithThoseCarriedOver() {
        shown(csvA, "active_cases", "all", 31, null, 31.0);
        shown(csvA, "active_cases", "role=victim", 17, null, 17.0);
        shown(csvA, "active_cases", "role=child_victim", 0, null, 0.0);
        shown(csvA, "active_cases", "role=child_witness", 6, null, 6.0);
        shown(csvA, "active_cases", "role=perpetrator", 8, null, 8.0);
        // The 58 new persons and the 5 victims of A-K-11..15, still open on 1 January.
        shown(csvB, "active_cases", "all", 63, null, 63.0);
        shown(csvB, "active_cases", "role=victim", 34, null, 34.0);
        shown(csvB, "active_cases", "role=child_victim", 7, null, 7.0);
        shown(csvB, "active_cases", "role=child_witness", 10, null, 10.0);
        shown(csvB, "active_cases", "role=perpetrator", 12, null, 12.0);
    }

    @Test
    void ratesNewAdultVictimsPerTenThousandAdults() {
        shown(csvA, "new_victims_rate", "all", 17, 20_000.0, 8.5);
        // 2 men: hidden (the population stays shown: it is public); 17 − 15 would give them back.
        hidden(csvA, "new_victims_rate", "sex=M", 10_000.0);
        hidden(csvA, "new_victims_rate", "sex=K", 10_000.0);
        // The adult women are the women less the girls (none): hidden with new_cases' women, and the men too.
        hidden(csvB, "new_victims_rate", "sex=K", 10_000.0);
        hidden(csvB, "new_victims_rate", "sex=M", 10_000.0);
        assertThat(rows(csvB, "new_victims_rate", "all")).hasSize(3).allSatisfy(row -> {
            assertThat(number(row, "numerator")).isEqualTo(29.0);
            assertThat(number(row, "value")).isEqualTo(14.5);
        });
    }

    @Test
    void comparesTheAdultVictimRateWithEachReferenceAreaThatHasAFigure() {
        List<CSVRecord> all = rows(csvB, "new_victims_rate", "all");
        assertThat(all).extracting(r -> r.get("reference_area"), r -> r.get("comparison")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("riket", "similar"),
                org.assertj.core.groups.Tuple.tuple("22", "lower"),
                org.assertj.core.groups.Tuple.tuple("kommungrupp:Mindre stad/tätort", "higher"));
        assertThat(number(all.get(1), "reference_value")).isCloseTo(VICTIMS_B.high() + 0.5, offset());
        // A hidden rate keeps its reference beside it, but is not compared.
        assertThat(row(csvB, "new_victims_rate", "sex=K", "riket").get("comparison")).isEqualTo("not_compared");
        assertThat(row(csvA, "new_victims_rate", "all", "riket").get("comparison")).isEqualTo("similar");
        assertThat(number(row(csvA, "new_victims_rate", "all", "riket"), "reference_value")).isEqualTo(8.5);
        // No figure, or none that matches: one row without an area, not compared.
        assertThat(row(csvB, "new_victims_rate", "sex=M", "").get("comparison")).isEqualTo("not_compared");
        assertThat(row(csvB, "new_cases", "all", "").get("comparison")).isEqualTo("not_compared");
        assertThat(rows(csvB, "new_cases", "all")).hasSize(1);
        assertThat(row(csvB, "screening_rate", "all", "riket").get("comparison")).isEqualTo("similar");
    }

    @Test
    void saysWhereNoNationalFigureExists() throws IOException {
        String html = Files.readString(out.resolve("reports/2280/" + B + "/rapport.html"));

        // Said once, as a count, rather than as "ingen nationell siffra" in every row.
        assertThat(html).containsPattern("\\d+ av \\d+ indikatorer har inget jämförelsevärde|Ingen indikator har något jämförelsevärde")
                .doesNotContain("ingen nationell siffra");
    }

    @Test
    void ratesNewChildrenPerTenThousandChildren() {
        shown(csvA, "new_children_rate", "all", 6, 4_000.0, 15.0);
        shown(csvB, "new_children_rate", "all", 17, 4_000.0, 42.5);
    }

    @Test
    void sharesScreenedAndDisclosedContacts() {
        // 2024H2: 20 + 5 asked of 30 + 10; Mottagning had no contacts yet (0 of 0: no value).
        shown(csvA, "screening_rate", "all", 25, 40.0, 62.5);
        shown(csvA, "screening_rate", "unit=IFO vuxen", 20, 30.0, 200.0 / 3);
        shown(csvA, "screening_rate", "unit=Bistånd", 5, 10.0, 50.0);
        shown(csvA, "screening_rate", "unit=Mottagning", 0, 0.0, null);
        shown(csvA, "disclosure_rate", "all", 6, 25.0, 24.0);
        // 2025H1: 3 of 3 at Mottagning hides both counts; Bistånd (10 of 20) goes too, else 43 − 30 − 10 and
        // 63 − 40 − 20 give them back.
        shown(csvB, "screening_rate", "all", 43, 63.0, 100.0 * 43 / 63);
        shown(csvB, "screening_rate", "unit=IFO vuxen", 30, 40.0, 75.0);
        hidden(csvB, "screening_rate", "unit=Mottagning", null);
        hidden(csvB, "screening_rate", "unit=Bistånd", null);
        shown(csvB, "disclosure_rate", "all", 15, 43.0, 100.0 * 15 / 43);
    }

    @Test
    void sharesVictimsAssessedForRiskAndTheMedianWait() {
        // 2024H2: 14 of 17 victims assessed; 17 − 14 = 3 not assessed, so the share is hidden (and so is
        // the median's denominator, the same 14 pairs). Nobody was a child victim: 0 of 0, no value.
        hidden(csvA, "risk_assessed_share", "all", 17.0);
        hidden(csvA, "risk_assessed_share", "role=victim", 17.0);
        shown(csvA, "risk_assessed_share", "role=child_victim", 0, 0.0, null);
        hidden(csvA, "days_to_risk_assessment", "all", null);
        // 2025H1: 16 + 6 of 29 victims and 5 of 7 child victims: 27 of 36.
        shown(csvB, "risk_assessed_share", "all", 27, 36.0, 75.0);
        // 7 − 5 = 2 child victims without: hidden; 27 − 5 would give it back, so the victims' share goes too.
        hidden(csvB, "risk_assessed_share", "role=child_victim", 7.0);
        hidden(csvB, "risk_assessed_share", "role=victim", 29.0);
        // Waits: 16 × 10 days, 6 × 20, 5 × 30; the 14th of 27 is 10.
        CSVRecord days = row(csvB, "days_to_risk_assessment", "all", "");
        assertThat(days.get("suppressed")).isEqualTo("false");
        assertThat(days.get("numerator")).isEmpty();
        assertThat(number(days, "denominator")).isEqualTo(27.0);
        assertThat(number(days, "value")).isEqualTo(10.0);
        assertThat(days.get("unit")).isEqualTo("days");
        assertThat(days.get("ci_low")).isEmpty();
    }

    @Test
    void countsRiskAssessmentsByMethod() {
        // 2024H2: 12 + 2; the 2 SARA:SV are hidden and so the 12 FREDA (14 − 12 = 2).
        shown(csvA, "risk_assessments", "all", 14, null, 14.0);
        hidden(csvA, "risk_assessments", "method=SARA_SV", null);
        hidden(csvA, "risk_assessments", "method=FREDA_KORTFRAGOR", null);
        // 2025H1: 16 + 2 + 6 + 5; the 2 FREDA farlighet and then the smallest other method (5) are hidden.
        shown(csvB, "risk_assessments", "all", 29, null, 29.0);
        shown(csvB, "risk_assessments", "method=FREDA_KORTFRAGOR", 16, null, 16.0);
        shown(csvB, "risk_assessments", "method=SARA_SV", 6, null, 6.0);
        hidden(csvB, "risk_assessments", "method=FREDA_FARLIGHET", null);
        hidden(csvB, "risk_assessments", "method=FREDA_BESKRIVNING", null);
        for (List<CSVRecord> csv : List.of(csvA, csvB)) {
            for (String method : List.of("PATRIARK", "SAM", "OTHER")) {
                shown(csv, "risk_assessments", "method=" + method, 0, null, 0.0);
            }
        }
        shown(csvA, "risk_assessments", "method=FREDA_BESKRIVNING", 0, null, 0.0);
        shown(csvA, "risk_assessments", "method=FREDA_FARLIGHET", 0, null, 0.0);
    }

    @Test
    void countsInterventionsByType() {
        shown(csvA, "interventions", "all", 21, null, 21.0);
        shown(csvA, "interventions", "type=support_talks", 10, null, 10.0);
        // The programme share's complement is small, and the programme interventions are declared the same
        // count as its numerator (shared_counts), so they are hidden, and child support with them.
        hidden(csvA, "interventions", "type=child_support", null);
        hidden(csvA, "interventions", "type=perpetrator_programme", null);
        for (String type : List.of("protected_housing", "financial_aid", "other")) {
            shown(csvA, "interventions", "type=" + type, 0, null, 0.0);
        }
        // 2025H1: 2 financial aid hidden, and the smallest other type (5 protected housing) with it.
        shown(csvB, "interventions", "all", 36, null, 36.0);
        shown(csvB, "interventions", "type=support_talks", 15, null, 15.0);
        shown(csvB, "interventions", "type=child_support", 8, null, 8.0);
        shown(csvB, "interventions", "type=perpetrator_programme", 6, null, 6.0);
        hidden(csvB, "interventions", "type=financial_aid", null);
        hidden(csvB, "interventions", "type=protected_housing", null);
        shown(csvB, "interventions", "type=other", 0, null, 0.0);
    }

    @Test
    void coversTrainingCumulativelyWithoutRevealingASmallIncrease() {
        // 2024H2: 20 + 10 of 45 + 33 employees and managers; Politik has elected members only (0 of 0).
        shown(csvA, "training_basic_coverage", "all", 30, 78.0, 100.0 * 30 / 78);
        shown(csvA, "training_basic_coverage", "department=Socialtjänst", 20, 45.0, 100.0 * 20 / 45);
        shown(csvA, "training_basic_coverage", "department=Äldreomsorg", 10, 33.0, 100.0 * 10 / 33);
        shown(csvA, "training_basic_coverage", "department=Politik", 0, 0.0, null);
        shown(csvA, "elected_trained_share", "all", 12, 20.0, 60.0);
        // 2025H1: 28 and 12 trained by the end. Äldreomsorg's 12 − 10 published = 2 trained this half-year:
        // hidden, and Socialtjänst with it (40 − 28 = 12 would give it back). The total's increase (10) is fine.
        shown(csvB, "training_basic_coverage", "all", 40, 78.0, 100.0 * 40 / 78);
        hidden(csvB, "training_basic_coverage", "department=Äldreomsorg", 33.0);
        hidden(csvB, "training_basic_coverage", "department=Socialtjänst", 45.0);
        shown(csvB, "training_basic_coverage", "department=Politik", 0, 0.0, null);
        // 15 of 20 elected: 15 − 12 = 3 attended this half-year, so the share is hidden.
        hidden(csvB, "elected_trained_share", "all", 20.0);
    }

    @Test
    void publishesNoCountFromOneToFourInAnyRow() {
        for (CSVRecord row : Stream.concat(csvA.stream(), csvB.stream()).toList()) {
            if (row.get("suppressed").equals("false")) {
                assertThat(isSmall(row.get("numerator"))).as("numerator of %s", row).isFalse();
                if (!row.get("unit").equals("per_10000")) {
                    assertThat(isSmall(row.get("denominator"))).as("denominator of %s", row).isFalse();
                }
            } else {
                assertThat(row.get("numerator") + row.get("value") + row.get("ci_low") + row.get("ci_high"))
                        .as("hidden row %s", row).isEmpty();
                assertThat(isSmall(row.get("denominator"))).as("denominator of %s", row).isFalse();
            }
        }
    }

    /** A shown row: its counts, value and the interval its unit calls for. */
    private static void shown(List<CSVRecord> csv, String indicator, String breakdown, double numerator,
                              Double denominator, Double value) {
        for (CSVRecord row : rows(csv, indicator, breakdown)) {
            String what = indicator + " " + breakdown + " " + row.get("period");
            assertThat(row.get("suppressed")).as(what).isEqualTo("false");
            assertThat(number(row, "numerator")).as(what).isEqualTo(numerator);
            assertThat(number(row, "denominator")).as(what).isEqualTo(denominator);
            if (value == null) {
                assertThat(row.get("value")).as(what).isEmpty();
                assertThat(row.get("ci_low") + row.get("ci_high")).as(what).isEmpty();
                continue;
            }
            assertThat(number(row, "value")).as(what).isCloseTo(value, offset());
            Interval expected = expectedInterval(row.get("unit"), (long) numerator, denominator);
            assertThat(number(row, "ci_low")).as(what + " ci_low").isCloseTo(expected.low(), offset());
            assertThat(number(row, "ci_high")).as(what + " ci_high").isCloseTo(expected.high(), offset());
        }
    }

    /** A hidden row: no numerator, value or interval; the denominator only where it reveals nothing. */
    private static void hidden(List<CSVRecord> csv, String indicator, String breakdown, Double denominator) {
        for (CSVRecord row : rows(csv, indicator, breakdown)) {
            String what = indicator + " " + breakdown + " " + row.get("period");
            assertThat(row.get("suppressed")).as(what).isEqualTo("true");
            assertThat(row.get("numerator") + row.get("value") + row.get("ci_low") + row.get("ci_high")).as(what)
                    .isEmpty();
            assertThat(number(row, "denominator")).as(what).isEqualTo(denominator);
            assertThat(row.get("comparison")).as(what).isEqualTo("not_compared");
        }
    }

    private static Interval expectedInterval(String unit, long numerator, Double denominator) {
        return switch (unit) {
            case "count" -> POISSON.countInterval(numerator);
            case "percent" -> WILSON.proportionInterval(numerator, Math.round(denominator)).orElseThrow().scaled(100);
            case "per_10000" -> POISSON.rateInterval(numerator, denominator, 10_000).orElseThrow();
            default -> throw new AssertionError("no interval expected for unit " + unit);
        };
    }

    private static List<CSVRecord> rows(List<CSVRecord> csv, String indicator, String breakdown) {
        List<CSVRecord> found = csv.stream()
                .filter(r -> r.get("indicator").equals(indicator) && r.get("breakdown").equals(breakdown))
                .toList();
        assertThat(found).as("rows of %s %s", indicator, breakdown).isNotEmpty();
        return found;
    }

    private static CSVRecord row(List<CSVRecord> csv, String indicator, String breakdown, String area) {
        return rows(csv, indicator, breakdown).stream().filter(r -> r.get("reference_area").equals(area))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + indicator + " " + breakdown + " " + area));
    }

    private static Double number(CSVRecord row, String column) {
        String text = row.get(column);
        return text.isEmpty() ? null : Double.valueOf(text);
    }

    private static boolean isSmall(String text) {
        if (text.isEmpty()) {
            return false;
        }
        double value = Double.parseDouble(text);
        return value >= 1 && value <= 4;
    }

    private static org.assertj.core.data.Offset<Double> offset() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }

    private static void run(List<String> common, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(common);
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        int code = new VinrCli(new PrintWriter(output, true), new PrintWriter(errors, true), new ApplicationStarter())
                .execute(args.toArray(String[]::new));
        assertThat(code).as("vinr %s: %s%s", String.join(" ", command), errors, output).isZero();
    }

    private static List<CSVRecord> csv(String period) throws IOException {
        Path file = out.resolve("reports").resolve("2280").resolve(period).resolve("indicators.csv");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    /** The shipped seeds with a population the test can count with. */
    private static Path seeds(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String file : List.of("counties.csv", "municipalities.csv", "national_reference.csv", "series_breaks.csv")) {
            try (InputStream in = KnownTruthEndToEndTest.class.getResourceAsStream("/seeds/" + file)) {
                assertThat(in).as("seeds/" + file + " on the class path").isNotNull();
                Files.copy(in, dir.resolve(file));
            }
        }
        Files.writeString(dir.resolve("population.csv"), String.join("\n",
                "municipality_code,year,sex,age_group,population,source,derived",
                "2280,2024,T,18+,20000,test,false",
                "2280,2024,K,18+,10000,test,false",
                "2280,2024,M,18+,10000,test,false",
                "2280,2024,T,0-17,4000,test,false",
                "2280,2024,K,18-24,800,test,false", "2280,2024,M,18-24,900,test,false",
                "2280,2024,K,25-44,3000,test,false", "2280,2024,M,25-44,3100,test,false",
                "2280,2024,K,45-64,3400,test,false", "2280,2024,M,45-64,3500,test,false",
                "2280,2024,K,65-79,2000,test,false", "2280,2024,M,65-79,1900,test,false",
                "2280,2024,K,80+,800,test,false", "2280,2024,M,80+,600,test,false") + "\n");
        return dir.toAbsolutePath();
    }
}
