package se.vinr.report.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The demo's {@code rapport.pdf} read back as text (PDFBox) and as pictures of its first pages
 * (poppler's {@code pdftoppm}), checked against the {@code rapport.html} it was made from.
 */
@ExtendWith(DemoReport.class)
class DemoReportPdfTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final int PICTURED_PAGES = 3;
    private static final Path PICTURES = Path.of("target", "screenshots");

    static List<String> pages;
    static String text;
    static List<String> headings;
    static String title;
    static List<Path> pictures;
    static List<String> outline;

    @BeforeAll
    static void readTheReport(DemoReport.Output demo) throws Exception {
        pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(demo.pdf().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(plain(stripper.getText(pdf)));
            }
            outline = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> outline.add(item.getTitle()));
        }
        text = String.join(" ", pages);
        Document html = xhtml(demo.html());
        headings = texts(html.getElementsByTagNameNS(XHTML, "h2"));
        title = texts(html.getElementsByTagNameNS(XHTML, "title")).get(0);
        pictures = picturesOfTheFirstPages(demo.pdf());
    }

    @Test
    void runsToSeveralPages() {
        assertThat(pages).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everyPageCarriesItsNumberOfTheTotalAndTheReportTitle() {
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).as("page %d", page)
                    .contains("Sida " + page + " av " + pages.size())
                    .contains(title)
                    .contains("Demo – syntetiska data");
        }
    }

    @Test
    void hasBookmarksForItsChaptersAndTheAppendixOfTables() {
        assertThat(outline).as("the PDF's outline").containsSubsequence("Huvudbudskap", "Alla indikatorer i överblick",
                "Nationell jämförelse", "Datakvalitet", "Metod", "Bilaga: tabeller till diagrammen");
    }

    @Test
    void holdsEveryMainSectionHeadingOfTheHtmlInTheSameOrder() {
        assertThat(headings).as("h2 headings of rapport.html").hasSizeGreaterThanOrEqualTo(6);
        int from = 0;
        for (String heading : headings) {
            int at = text.indexOf(heading, from);
            assertThat(at).as("'%s' in the PDF after the previous heading", heading).isGreaterThanOrEqualTo(0);
            from = at + heading.length();
        }
    }

    @Test
    void saysNothingItCouldNotCompute() {
        assertThat(text).doesNotContain("NaN", "null", "Infinity", "{", "}");
    }

    @Test
    void itsFirstPagesRenderToPicturesWithContent() throws IOException {
        assertThat(pictures).hasSize(PICTURED_PAGES);
        for (Path png : pictures) {
            assertThat(png).isNotEmptyFile();
            Picture page = Picture.read(png);
            // A4 at 50 dpi: 413 x 585 pixels
            assertThat(page.width()).as("%s width", png).isBetween(400, 430);
            assertThat(page.height()).as("%s height", png).isBetween(570, 600);
            assertThat(page.inkShare()).as("share of %s that is not blank", png).isGreaterThan(0.01);
        }
    }

    private static List<Path> picturesOfTheFirstPages(Path pdf) throws IOException, InterruptedException {
        Path pdftoppm = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, "pdftoppm"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseGet(() -> fail("pdftoppm is needed to picture the PDF and was not found on the PATH; "
                        + "install Debian's poppler-utils: sudo apt-get install poppler-utils (.ci/run does this on CI)"));
        Files.createDirectories(PICTURES);
        try (Stream<Path> old = Files.list(PICTURES)) {
            for (Path stale : old.filter(DemoReportPdfTest::isPageOfThePdf).toList()) {
                Files.delete(stale);
            }
        }
        Process process = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "50", "-f", "1", "-l",
                String.valueOf(PICTURED_PAGES), pdf.toString(), PICTURES.resolve("rapport-pdf").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdftoppm finished").isTrue();
        assertThat(process.exitValue()).as("pdftoppm exit code; it said: %s", output).isZero();
        try (Stream<Path> files = Files.list(PICTURES)) {
            return files.filter(DemoReportPdfTest::isPageOfThePdf).sorted().toList();
        }
    }

    private static boolean isPageOfThePdf(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("rapport-pdf-") && name.endsWith(".png");
    }

    private static Document xhtml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(plain(nodes.item(i).getTextContent()));
        }
        return texts;
    }

    /** One space for any run of white space, a no-break space included: line breaks differ between the two. */
    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ").strip();
    }
}
