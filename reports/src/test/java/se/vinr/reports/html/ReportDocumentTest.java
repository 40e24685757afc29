package se.vinr.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import se.vinr.reports.ModelFixtures;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.facts.SuppressionGuard;
import se.vinr.reports.findings.MainPoints;
import se.vinr.reports.findings.Worsening;
import se.vinr.reports.model.DataQuality;
import se.vinr.reports.model.Language;
import se.vinr.reports.model.ReportModel;

/** The template without charts: language, structure and escaping, cheaply. */
class ReportDocumentTest {

    private static String render(ReportModel model, ChartEmbedding embedding) {
        ReportFacts facts = new ReportFacts(SuppressionGuard.protect(model));
        return new ReportDocument().render(facts, List.of(), List.of(), new Worsening(facts).indicators(),
                new MainPoints(facts).points(), embedding);
    }

    @Test
    void swedishIsTheDefaultAndEnglishIsThereWhenAskedFor() {
        String swedish = render(ModelFixtures.fullModel(), ChartEmbedding.INLINE_SVG);
        String english = render(ModelFixtures.fullModel(Language.EN), ChartEmbedding.INLINE_SVG);

        assertThat(swedish).contains("lang=\"sv\"", "<h2>Huvudbudskap</h2>", "<h2>Datakvalitet</h2>", "Sida");
        assertThat(english).contains("lang=\"en\"", "<h2>Key messages</h2>", "<h2>Data quality</h2>", "<h2>Method</h2>",
                        "New cases rose from 40 to 62")
                .doesNotContain("<h2>Huvudbudskap</h2>", "Nya ärenden ökade");
    }

    @Test
    void theDocumentParsesAsXmlSoThePdfRendererReadsWhatTheBrowserShows() throws Exception {
        String html = render(ModelFixtures.hostileModel(), ChartEmbedding.PNG);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        assertThat(factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagName("section").getLength()).as("eight chapters and the PDF's appendix of tables").isEqualTo(9);
    }

    @Test
    void textInThePageHeaderCannotBreakOutOfItsCssString() {
        assertThat(ReportDocument.cssString("Å\"b\\c</style><x>&"))
                .isEqualTo("Å\\\"b\\\\c\\3C /style\\3E \\3C x\\3E \\26 ");
    }

    /** ModelFixtures: cases.csv rejected 6 rows, 4 for an invalid person id; risk assessments 1 row. */
    @Test
    void rejectCountsFromOneToFourShowAsFewerThanFive() {
        String html = render(ModelFixtures.full().build(), ChartEmbedding.INLINE_SVG);

        String files = html.substring(html.indexOf("Inlästa filer"), html.indexOf("Filer som saknas"));
        assertThat(files).contains("färre än 5").doesNotContain(": 4").doesNotContain(": 1<")
                .doesNotContain("<td class=\"num\">1</td>");
        assertThat(files).contains("<td class=\"num\">6</td>").contains("<td class=\"num\">812</td>")
                .doesNotContain(">61<").contains("<td class=\"num\">60</td>");
    }

    @Test
    void theMethodSectionSaysHowSmallCountsAreProtectedAndTheProtectionLevel() {
        String html = render(ModelFixtures.full().build(), ChartEmbedding.INLINE_SVG);

        String method = html.substring(html.indexOf("Skydd för små tal"), html.indexOf("Om rapporten"));
        assertThat(method).contains("Antal från 1 till 4 visas aldrig", "färre än 5", "som en angripare",
                "minst 3 olika värden", "högst 100 %");
    }

    @Test
    void withoutAPlanThePlanSectionSaysSo() {
        String html = render(ModelFixtures.full().plan(null).build(), ChartEmbedding.INLINE_SVG);

        assertThat(html).contains("Ingen handlingsplan är inlagd");
    }

    @Test
    void theSourcesTableNamesEachUsedReferenceFigureReadablyWithItsIdInSmallPrintAndLeavesOutTheUnused() {
        ReportModel model = ModelFixtures.full()
                .source("riket", "bra_anmalda.grov_kvinnofridskrankning_anmalda", "BRÅ", "2021", "")
                .build();

        String html = render(model, ChartEmbedding.INLINE_SVG);

        String sources = html.substring(html.indexOf("Jämförelsevärdenas källor"), html.indexOf("Seriebrott", html.indexOf("Jämförelsevärdenas källor")));
        assertThat(sources)
                .contains("<td>Nya våldsutsatta vuxna per 10 000<br/><small class=\"code\">new_victims_rate</small></td>")
                .doesNotContain("bra_anmalda.grov_kvinnofridskrankning_anmalda", "Grov kvinnofridskrankning anmalda");
    }

    @Test
    void theMethodSectionStatesTheConfiguredProtectionLevelNotADefault() {
        String html = render(ModelFixtures.full().protectionLevel(6).build(), ChartEmbedding.INLINE_SVG);

        String method = html.substring(html.indexOf("Skydd för små tal"), html.indexOf("Om rapporten"));
        assertThat(method).contains("minst 6 olika värden").doesNotContain("minst 3 olika värden");
    }

    @Test
    void aRevisedFigureOfAnEarlierHalfYearIsMarkedInTheDetailTablesAndTheMarkIsExplained() {
        String html = render(ModelFixtures.full().revised("new_cases", "2025H1").build(), ChartEmbedding.INLINE_SVG);
        String english = render(ModelFixtures.full().language(Language.EN).revised("new_cases", "2025H1").build(),
                ChartEmbedding.INLINE_SVG);

        String detail = html.substring(html.indexOf("<section id=\"fordjupning\""), html.indexOf("<section id=\"handlingsplan\""));
        assertThat(detail).contains("<h3 id=\"reviderade-tal\">Reviderade tal</h3>")
                .containsOnlyOnce("<td>Nya ärenden</td><td>Alla</td><td>första halvåret 2025</td>")
                .containsPattern("<td>Alla</td><td>första halvåret 2025</td><td class=\"num\">[0-9 ]+ "
                        + "<span class=\"revised\">\\(reviderad\\)</span></td>");
        assertThat(html.substring(html.indexOf("<section id=\"metod\""))).contains("märks “reviderad”");
        assertThat(english).contains("<h3 id=\"reviderade-tal\">Revised figures</h3>", "(revised)</span>",
                "marked “revised”");
        assertThat(render(ModelFixtures.fullModel(), ChartEmbedding.INLINE_SVG)).as("nothing revised, no table")
                .doesNotContain("Reviderade tal", "(reviderad)");
    }

    @Test
    void theLoadsWarningsReadAsPlainSwedishOrEnglishWithoutCodesOrTheTestsOwnMessage() {
        DataQuality quality = new DataQuality(List.of(), List.of(), List.of(
                new DataQuality.DataWarning("2026H1", "volume_drop", "warning", "cases: 12 rader för 2026H1 mot 40 för 2025H2 (70 % färre)"),
                new DataQuality.DataWarning("2026H1", "missing_units", "warning", "contacts: enheten 'IFO norr' hade 9 rader för 2025H2 och har inga för 2026H1"),
                new DataQuality.DataWarning("2026H1", "missing_units", "warning", "contacts: enheten 'IFO syd' hade 7 rader för 2025H2 och har inga för 2026H1"),
                new DataQuality.DataWarning("2025H2", "some_new_check", "error", "något")), List.of());
        String swedish = render(ModelFixtures.full().quality(quality).build(), ChartEmbedding.INLINE_SVG);
        String english = render(ModelFixtures.full().language(Language.EN).quality(quality).build(), ChartEmbedding.INLINE_SVG);

        String sv = swedish.substring(swedish.indexOf("Varningar från inläsningens kontroller"), swedish.indexOf("Reviderade jämförelsevärden"));
        assertThat(sv).contains("<td>första halvåret 2026</td><td>Betydligt färre rader än halvåret före",
                        "<td>ärenden</td><td>varning</td>", "<td>kontakter</td><td>varning</td>", "<td>andra halvåret 2025</td>",
                        "<td>fel</td>")
                .containsOnlyOnce("En enhet som hade uppgifter")
                .doesNotContain("volume_drop", "missing_units", "some_new_check", "warning", "error", "2026H1", "cases",
                        "IFO norr", "rader för");
        String en = english.substring(english.indexOf("Warnings from the load's checks"), english.indexOf("Revised comparison values"));
        assertThat(en).contains("<td>the first half of 2026</td><td>Far fewer rows than the ",
                        "<td>cases</td><td>warning</td>", "<td>contacts</td>")
                .doesNotContain("volume_drop", "varning", "kontakter", "rader för", "2026H1");
    }
}
