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
}
