package se.vinr.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.app.ApplicationStarter;
import se.vinr.cli.VinrCli;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.demo.SyntheticPackages;
import se.vinr.extract.pseudonym.PseudonymKey;
import se.vinr.indicators.stats.ChangeTest;
import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.reports.model.TrendFinding.Significance;

/**
 * The report's summary against the statistics it summarises, on data from the product's own generator
 * with a known effect, through the real pipeline ({@code national}, then {@code run} — extract, load and
 * report — for each half-year, on the command line).
 *
 * <p>Three half-years generated at the volume of 10,000 inhabitants (the rates divide by the seeds'
 * population of Härnösand): {@code 2024H2} and {@code 2025H1} at the usual volume, so that their
 * difference is chance alone, then {@code 2025H2} with four times as many new victim cases, a step far
 * beyond chance. The known effect is measured by {@code new_victims_rate}, whose total is always
 * published; the total of {@code new_cases} may be hidden by secondary suppression, and then its change
 * is not tested. The report of {@code 2025H2} must call the rise in new
 * adult victims an increase larger than chance, quoting the figures of {@code indicators.csv}; the report
 * of {@code 2025H1} must not call the chance difference a change. Every other change the summary
 * describes must quote the published figures and be called real exactly when the change test on those
 * figures says so.
 */
class SummarySentencesEndToEndTest {

    private static final String MUNICIPALITY = "2280";
    private static final Period FIRST = Period.parse("2024H2");
    private static final Period FLAT = Period.parse("2025H1");
    private static final Period STEP = Period.parse("2025H2");
    private static final List<Period> PERIODS = List.of(FIRST, FLAT, STEP);
    private static final double STEP_FACTOR = 4.0;
    /** New adult victims per 10,000 adults: the direct measure of the new victim cases the step multiplies. */
    private static final String VICTIMS = "new_victims_rate";
    private static final String BEYOND_CHANCE = "större än slumpen kan förklara";
    private static final String WITHIN_CHANCE = "ryms inom slumpens variation";
    /** Claims are tested at the flag level, not at the intervals' 95 %. */
    private static final ChangeTest CHANGES = new ChangeTest(
            new ConfidenceLevel(se.vinr.reports.model.TrendFinding.FLAG_CONFIDENCE));

    /** A key message: {@code <li data-indicator="…" data-breakdown="…"><p class="point">…</p>}. */
    private static final Pattern POINT = Pattern.compile(
            "<li data-indicator=\"([a-z0-9_]+)\" data-breakdown=\"([^\"]*)\"><p class=\"point\">(.*?)</p>", Pattern.DOTALL);
    private static final String NO_OTHER_CHANGES = "Inga andra säkra förändringar.";
    /** A change sentence: from what to what, and against which half-year. */
    private static final Pattern CHANGE = Pattern.compile(
            " (ökade|minskade|ändrades) från (.+?) till (.+?) (sedan förra halvåret|jämfört med samma halvår året före)");
    private static final Pattern NUMBER = Pattern.compile("^-?[0-9\u00A0 ]+(,[0-9]+)?");

    @TempDir
    static Path work;

    private static Path out;

    @BeforeAll
    static void runThePipeline() throws IOException {
        out = work.resolve("out");
        Path key = work.resolve("vinr.key");
        PseudonymKey.generate(new SecureRandom()).writeTo(key);
        Path input = work.resolve("in");
        new SyntheticPackages().write(new SyntheticPackages.Settings(new MunicipalityCode(MUNICIPALITY), 10_000,
                FIRST, STEP, 6, List.of(), 0.0).withNewCaseFactor(STEP, STEP_FACTOR), input);
        List<String> common = List.of("--out", out.toString(), "--key-file", key.toString(), "--quiet");
        run(common, "national");
        for (Period period : PERIODS) {
            run(common, "run", "--municipality", MUNICIPALITY, "--period", period.toString(), "--input",
                    input.resolve(period.toString()).toString());
        }
    }

    @Test
    void callsTheStepInNewVictimsAnIncreaseLargerThanChanceWithTheFiguresOfIndicatorsCsv() throws IOException {
        CSVRecord before = total(FLAT, VICTIMS);
        CSVRecord after = total(STEP, VICTIMS);
        // The known effect is in the published data: several times as many new adult victims.
        assertThat(number(after, "numerator")).isGreaterThan(3 * number(before, "numerator"));

        Point point = points(STEP).stream().filter(p -> p.indicator().equals(VICTIMS)).findFirst()
                .orElseThrow(() -> new AssertionError("no main point on " + VICTIMS + " in " + points(STEP)));

        // The demo's seeds have no 18+ population, so the rate is per 20+ and its label says so.
        assertThat(point.sentence()).startsWith("Nya våldsutsatta vuxna per 10 000 invånare 20 år och äldre ökade från ")
                .contains("sedan förra halvåret – en ökning " + BEYOND_CHANCE + ".");
        Change change = Change.of(point.sentence());
        assertQuotes(change.from(), number(before, "value"), point);
        assertQuotes(change.to(), number(after, "value"), point);
        // The title names the indicator and the finding, in full or (for a long name) in brief.
        assertThat(figureTitle(STEP, "trend_" + VICTIMS)).startsWith("Nya våldsutsatta vuxna")
                .containsPattern("ökade mer än slumpen förklarar|säker ökning");
    }

    @Test
    void neverCallsTheChanceDifferenceOfTheFlatHalfYearAChange() throws IOException {
        double first = number(total(FIRST, VICTIMS), "numerator");
        double flat = number(total(FLAT, VICTIMS), "numerator");
        // The known non-effect: the same expected volume, and a difference within one standard deviation.
        assertThat(Math.abs(flat - first)).isLessThanOrEqualTo(Math.sqrt(first + flat));

        List<Point> points = points(FLAT);

        assertThat(points).filteredOn(p -> p.indicator().equals(VICTIMS)).allSatisfy(p ->
                assertThat(p.sentence()).doesNotContain(BEYOND_CHANCE, "ökade", "minskade"));
        assertThat(figureTitle(FLAT, "rate_" + VICTIMS)).containsPattern("utan säker förändring|ingen säker förändring")
                .doesNotContain("mer än slumpen", "säker ökning", "säker minskning");
        // The flat half-year's own case volumes changed by chance alone: never called a change, and a
        // difference within chance is no key message of its own; one line says there are no others.
        assertThat(points).filteredOn(p -> p.indicator().equals("active_cases")).allSatisfy(p ->
                assertThat(p.sentence()).doesNotContain(BEYOND_CHANCE, "ökade", "minskade"));
        assertThat(points).noneSatisfy(p -> assertThat(p.sentence()).contains(WITHIN_CHANCE));
        assertThat(html(FLAT)).contains(NO_OTHER_CHANGES);
    }

    @Test
    void everyChangeInTheSummaryQuotesThePublishedFiguresAndIsCalledRealExactlyWhenTheTestSaysSo() throws IOException {
        int checked = 0;
        for (Period period : List.of(FLAT, STEP)) {
            for (Point point : points(period)) {
                if (!CHANGE.matcher(point.sentence()).find()) {
                    continue;
                }
                assertThat(point.breakdown()).as(point.sentence()).isEmpty();
                Change change = Change.of(point.sentence());
                Period earlier = change.sinceThePreviousHalfYear() ? period.previous() : period.yearEarlier();
                CSVRecord before = total(earlier, point.indicator());
                CSVRecord after = total(period, point.indicator());
                assertQuotes(change.from(), number(before, "value"), point);
                assertQuotes(change.to(), number(after, "value"), point);
                Significance significance = significance(before, after);
                if (point.sentence().contains(BEYOND_CHANCE)) {
                    assertThat(significance).as(point.sentence()).isEqualTo(change.verb().equals("ökade")
                            ? Significance.SIGNIFICANT_INCREASE : Significance.SIGNIFICANT_DECREASE);
                } else {
                    throw new AssertionError("a change sentence that is not a finding: " + point.sentence());
                }
                checked++;
            }
        }
        // The step's increases are described (a chance difference is no key message of its own).
        assertThat(checked).isGreaterThanOrEqualTo(1);
    }

    /** One main point: its sentence, and the indicator (and breakdown slug, if any) of the chart beside it. */
    private record Point(String indicator, String breakdown, String sentence) {
    }

    /** The parts of a change sentence. */
    private record Change(String verb, String from, String to, boolean sinceThePreviousHalfYear) {
        static Change of(String sentence) {
            Matcher m = CHANGE.matcher(sentence);
            assertThat(m.find()).as("a change with its figures: %s", sentence).isTrue();
            return new Change(m.group(1), m.group(2), m.group(3), m.group(4).equals("sedan förra halvåret"));
        }
    }

    /** The change test on the published numerators and denominators, as the report's statistics run it. */
    private static Significance significance(CSVRecord before, CSVRecord after) {
        long xb = Math.round(number(before, "numerator"));
        long xa = Math.round(number(after, "numerator"));
        return switch (after.get("unit")) {
            case "count" -> CHANGES.counts(xb, xa);
            case "percent" -> CHANGES.proportions(xb, Math.round(number(before, "denominator")), xa,
                    Math.round(number(after, "denominator")));
            case "per_10000", "ratio" -> CHANGES.rates(xb, number(before, "denominator"), xa,
                    number(after, "denominator"));
            default -> throw new AssertionError("a change in " + after.get("unit") + " is not tested: " + after);
        };
    }

    /** The quoted figure is the published value as the report rounds it. */
    private static void assertQuotes(String quoted, double value, Point point) {
        Matcher m = NUMBER.matcher(quoted);
        assertThat(m.find()).as("a number at the start of '%s' in: %s", quoted, point.sentence()).isTrue();
        String digits = m.group().replace("\u00A0", "").replace(" ", "").replace(',', '.');
        int decimals = m.group(1) == null ? 0 : m.group(1).length() - 1;
        assertThat(Double.parseDouble(digits)).as("'%s' in: %s", quoted, point.sentence())
                .isCloseTo(value, within(0.5 * Math.pow(10, -decimals) + 1e-9));
    }

    private static List<Point> points(Period period) {
        String html = html(period);
        int start = html.indexOf("<section id=\"huvudpunkter\">");
        assertThat(start).as("the main points of %s", period).isNotNegative();
        String section = html.substring(start, html.indexOf("</section>", start));
        List<Point> points = new ArrayList<>();
        Matcher m = POINT.matcher(section);
        while (m.find()) {
            points.add(new Point(m.group(1), m.group(2).equals("all") ? "" : m.group(2), unescape(m.group(3))));
        }
        assertThat(points).as("main points of %s", period).isNotEmpty();
        return points;
    }

    /** The title of a figure, as its caption gives it: "Figur 3. Title". */
    private static String figureTitle(Period period, String chart) {
        String html = html(period);
        int figure = html.indexOf("<figure class=\"chart\" id=\"fig-" + chart + "\"");
        assertThat(figure).as("figure %s in the report of %s", chart, period).isNotNegative();
        Matcher m = Pattern.compile("<figcaption><strong>Figur \\d+\\. (.*?)</strong>").matcher(html);
        assertThat(m.find(figure)).isTrue();
        return unescape(m.group(1));
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** The published row of an indicator's total in its period's {@code indicators.csv}. */
    private static CSVRecord total(Period period, String indicator) {
        CSVRecord row = csv(period).stream()
                .filter(r -> r.get("indicator").equals(indicator) && r.get("breakdown").equals("all"))
                .findFirst().orElseThrow(() -> new AssertionError("no row of " + indicator + " in " + period));
        assertThat(row.get("suppressed")).as("%s in %s", indicator, period).isEqualTo("false");
        return row;
    }

    private static double number(CSVRecord row, String column) {
        assertThat(row.get(column)).as("%s of %s", column, row).isNotEmpty();
        return Double.parseDouble(row.get(column));
    }

    private static String html(Period period) {
        try {
            return Files.readString(reportDir(period).resolve("rapport.html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path reportDir(Period period) {
        return out.resolve("reports").resolve(MUNICIPALITY).resolve(period.toString());
    }

    private static List<CSVRecord> csv(Period period) {
        try (Reader reader = Files.newBufferedReader(reportDir(period).resolve("indicators.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
