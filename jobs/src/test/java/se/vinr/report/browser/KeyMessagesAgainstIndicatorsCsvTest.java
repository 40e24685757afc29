package se.vinr.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo report's key messages read against the {@code indicators.csv} files the same run published:
 * three to six sentences, each stating a level or a comparison, none a non-finding, and every figure
 * it quotes equal to the published one (the report's half-year, or — for "från X" — the half-year it
 * is compared with).
 */
@ExtendWith(DemoReport.class)
class KeyMessagesAgainstIndicatorsCsvTest {

    private static final Pattern MESSAGE = Pattern.compile(
            "<li data-indicator=\"([a-z0-9_]+)\" data-breakdown=\"([^\"]*)\"><p class=\"point\">(.*?)</p>", Pattern.DOTALL);
    private static final String NUMBER = "(-?\\d{1,3}(?:[\u00A0 ]\\d{3})*(?:,\\d+)?)";
    /** The municipality's level: "var 23,4 %", "är 23,4 %", "till 23,4 %" (the end of a change). */
    private static final Pattern LEVEL = Pattern.compile("(?: var | är | till )" + NUMBER + "(?=[\u00A0 %]| per| dagar|[.,;)]|$)");
    /** A comparison area's figure: "riket (18,0 %)". */
    private static final Pattern REFERENCE = Pattern.compile("(?:riket|län|kommungruppen [^(]*) \\(" + NUMBER);
    /** The start of a change: "från 170". */
    private static final Pattern FROM = Pattern.compile(" från " + NUMBER);
    private static final List<String> NON_FINDINGS = List.of("ryms inom slumpens variation", "inte bör läsas som",
            "ingen säker förändring", "utan säker förändring");

    record Message(String indicator, String breakdown, String sentence) {
    }

    static List<Message> messages;
    static String section;
    static List<CSVRecord> published;
    static List<CSVRecord> earlier;

    @BeforeAll
    static void readTheReport(DemoReport.Output demo) throws IOException {
        String html = Files.readString(demo.html(), StandardCharsets.UTF_8);
        int start = html.indexOf("<section id=\"huvudpunkter\">");
        section = html.substring(start, html.indexOf("</section>", start));
        messages = new ArrayList<>();
        Matcher m = MESSAGE.matcher(section);
        while (m.find()) {
            messages.add(new Message(m.group(1), m.group(2), m.group(3).replace("&amp;", "&")));
        }
        published = csv(demo.folder().resolve("indicators.csv"));
        earlier = new ArrayList<>();
        try (var periods = Files.list(demo.folder().getParent())) {
            for (Path folder : periods.filter(p -> !p.equals(demo.folder())).toList()) {
                Path file = folder.resolve("indicators.csv");
                if (Files.exists(file)) {
                    earlier.addAll(csv(file));
                }
            }
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    @Test
    void areThreeToSixMessagesFollowedByOneLineForEverythingElse() {
        assertThat(messages).hasSizeBetween(3, 6);
        assertThat(section).contains("Inga andra säkra förändringar.");
    }

    @Test
    void eachMessageStatesALevelOrAComparisonAndNoneIsANonFinding() {
        for (Message message : messages) {
            String s = message.sentence();
            assertThat(LEVEL.matcher(s).find() || REFERENCE.matcher(s).find()).as("a level or a comparison in: %s", s).isTrue();
            assertThat(s).as("a non-finding").doesNotContain(NON_FINDINGS.toArray(String[]::new));
        }
    }

    @Test
    void everyFigureQuotedEqualsIndicatorsCsv() {
        int quoted = 0;
        for (Message message : messages) {
            List<CSVRecord> rows = rows(published, message);
            assertThat(rows).as("rows of %s in indicators.csv", message).isNotEmpty();
            Matcher level = LEVEL.matcher(message.sentence());
            while (level.find()) {
                String figure = level.group(1);
                assertThat(rows).as("'%s' as the value of %s in: %s", figure, message.indicator(), message.sentence())
                        .anyMatch(r -> equal(figure, r.get("value")));
                quoted++;
            }
            Matcher reference = REFERENCE.matcher(message.sentence());
            while (reference.find()) {
                String figure = reference.group(1);
                assertThat(rows).as("'%s' as a reference value of %s in: %s", figure, message.indicator(), message.sentence())
                        .anyMatch(r -> equal(figure, r.get("reference_value")));
                quoted++;
            }
            Matcher from = FROM.matcher(message.sentence());
            while (from.find()) {
                String figure = from.group(1);
                assertThat(rows(earlier, message)).as("'%s' as an earlier value of %s in: %s", figure, message.indicator(),
                        message.sentence()).anyMatch(r -> equal(figure, r.get("value")));
                quoted++;
            }
        }
        assertThat(quoted).as("figures quoted in the key messages").isGreaterThanOrEqualTo(messages.size());
    }

    private static List<CSVRecord> rows(List<CSVRecord> csv, Message message) {
        return csv.stream().filter(r -> r.get("indicator").equals(message.indicator())
                && r.get("breakdown").equals(message.breakdown()) && r.get("suppressed").equals("false")).toList();
    }

    /** A figure as the report rounds it equals the published value: within half its last decimal. */
    private static boolean equal(String quoted, String published) {
        if (published == null || published.isEmpty()) {
            return false;
        }
        String digits = quoted.replace("\u00A0", "").replace(" ", "").replace(',', '.');
        int comma = quoted.indexOf(',');
        int decimals = comma < 0 ? 0 : quoted.length() - comma - 1;
        return Math.abs(Double.parseDouble(digits) - Double.parseDouble(published)) <= 0.5 * Math.pow(10, -decimals) + 1e-9;
    }
}
