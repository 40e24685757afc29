package se.vinr.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * The demo's {@code rapport.html} as a reader's browser shows it: headless Chromium with the network
 * closed, so a page that is not self-contained shows up as an attempted or failed request.
 */
@ExtendWith(DemoReport.class)
class DemoReportBrowserTest {

    static final Path SCREENSHOT = Path.of("target", "screenshots", "rapport.png");
    static final Path WHOLE_PAGE = Path.of("target", "screenshots", "rapport-whole-page.png");

    /** Per chart figure: whether it holds an inline SVG and the size the browser laid it out at. */
    private static final String CHARTS = """
            Array.from(document.querySelectorAll('figure.chart')).map(figure => {
              const svg = figure.querySelector('svg');
              const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
              return {id: figure.id, svg: svg !== null, width: box.width, height: box.height};
            })""";

    /** The page's width against the window's, and the first few elements that stick out to the right. */
    private static final String WIDTHS = """
            (() => {
              const window = document.documentElement.clientWidth;
              const wide = Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > window + 1)
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + ' in "' + (e.closest('section')?.querySelector('h2')?.textContent ?? '')
                  + '": ' + e.textContent.slice(0, 80));
              return {page: document.documentElement.scrollWidth, window: window, wide: wide};
            })()""";

    static List<String> consoleErrors;
    static List<String> externalRequests;
    static List<String> failedRequests;
    static List<String> dialogs;
    static JsonNode charts;
    static int inlineSvgsInFigures;
    static String language;
    static JsonNode widths;

    @BeforeAll
    static void openTheReport(DemoReport.Output demo) throws Exception {
        try (Chromium chromium = Chromium.start()) {
            PageVisit page = chromium.open(demo.html());
            charts = page.evaluate(CHARTS);
            inlineSvgsInFigures = page.evaluate("document.querySelectorAll('figure svg').length").asInt();
            language = page.evaluate("document.documentElement.lang").asString();
            widths = page.evaluate(WIDTHS);
            page.screenshot(SCREENSHOT, false);
            page.screenshot(WHOLE_PAGE, true);
            consoleErrors = page.consoleErrors();
            externalRequests = page.externalRequests();
            failedRequests = page.failedRequests();
            dialogs = page.dialogs();
        }
    }

    @Test
    void opensWithoutAConsoleErrorOrAnUncaughtException() {
        assertThat(consoleErrors).isEmpty();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void asksForNothingBeyondItsOwnFileAndLoadsEverything() {
        assertThat(externalRequests).as("requests for anything but file: and data: URLs").isEmpty();
        assertThat(failedRequests).isEmpty();
    }

    @Test
    void showsAtLeastTwelveInlineChartsEachLaidOutAtAReadableSize() {
        assertThat(inlineSvgsInFigures).isGreaterThanOrEqualTo(12);
        assertThat(charts.size()).isGreaterThanOrEqualTo(12);
        for (JsonNode chart : charts) {
            assertThat(chart.get("svg").asBoolean()).as("%s holds an inline svg", chart.get("id")).isTrue();
            assertThat(chart.get("width").asDouble()).as("%s width", chart.get("id")).isGreaterThan(300);
            assertThat(chart.get("height").asDouble()).as("%s height", chart.get("id")).isGreaterThan(150);
        }
    }

    @Test
    void fitsTheWindowWithoutScrollingSideways() {
        assertThat(widths.get("page").asInt()).as("page width in a %d px window; too wide: %s",
                widths.get("window").asInt(), widths.get("wide")).isLessThanOrEqualTo(widths.get("window").asInt());
    }

    @Test
    void isInSwedish() {
        assertThat(language).isEqualTo("sv");
    }

    @Test
    void savesAScreenshotWithTheReportDrawnOnIt() throws Exception {
        Picture screen = Picture.read(SCREENSHOT);
        assertThat(screen.width()).isEqualTo(1280);
        assertThat(screen.height()).isEqualTo(900);
        assertThat(screen.inkShare()).as("share of the first screen that is not blank").isGreaterThan(0.02);
        Picture whole = Picture.read(WHOLE_PAGE);
        assertThat(whole.height()).as("the whole page is longer than one screen").isGreaterThan(5 * screen.height());
        assertThat(whole.inkShare()).isGreaterThan(0.02);
    }
}
