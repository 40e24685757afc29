package se.vinr.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.reports.ModelFixtures;
import se.vinr.reports.charts.ReportFonts;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.facts.SuppressionGuard;
import se.vinr.reports.findings.MainPoints;
import se.vinr.reports.findings.Worsening;
import se.vinr.reports.html.ChartEmbedding;
import se.vinr.reports.html.ReportDocument;
import se.vinr.reports.model.DataQuality;
import se.vinr.reports.model.ReportModel;

/**
 * The printed report read back with PDFBox: an outline (bookmarks) of its chapters, a table that runs
 * over pages repeats its header on each, and the contents give page numbers.
 */
class PdfWriterTest {

    private static final int FILES = 120;

    @TempDir
    static Path directory;

    static List<String> pages;
    static List<String> outline;

    @BeforeAll
    static void print() throws IOException {
        List<DataQuality.FileCounts> files = new ArrayList<>();
        for (int i = 1; i <= FILES; i++) {
            files.add(new DataQuality.FileCounts("delfil-" + i + ".csv", 10, 10, 0, Map.of()));
        }
        DataQuality quality = new DataQuality(files, List.of(), List.of(), List.of());
        ReportModel model = ModelFixtures.full().quality(quality).build();
        ReportFacts facts = new ReportFacts(SuppressionGuard.protect(model));
        String xhtml = new ReportDocument().render(facts, List.of(), List.of(), new Worsening(facts).indicators(),
                new MainPoints(facts).points(), ChartEmbedding.PNG);
        Path pdf = directory.resolve("rapport.pdf");
        new PdfWriter(new ReportFonts()).write(xhtml, pdf);

        pages = new ArrayList<>();
        outline = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
        }
    }

    @Test
    void hasAnOutlineOfItsChaptersInOrder() {
        assertThat(outline).containsSubsequence("Huvudbudskap", "Alla indikatorer i överblick", "Nationell jämförelse",
                "Datakvalitet", "Metod", "Bilaga: tabeller till diagrammen");
    }

    @Test
    void aTableRunningOverPagesRepeatsItsHeaderOnEach() {
        List<String> withRows = pages.stream().filter(p -> p.contains("delfil-")).toList();
        assertThat(withRows).as("pages the files table runs over").hasSizeGreaterThanOrEqualTo(2);
        assertThat(withRows).allSatisfy(page -> assertThat(page).contains("Lästa rader"));
    }

    @Test
    void theContentsGiveEachChaptersPageNumber() {
        String contents = pages.stream().filter(p -> p.contains("Innehåll")).findFirst().orElseThrow();
        assertThat(contents).containsPattern("Huvudbudskap\\W*\\d+").containsPattern("Metod\\W*\\d+");
    }
}
