package se.vinr.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * The demo report's charts as a laptop (1366 px) and a phone (390 px) show them: every chart shown in one
 * layout that fits the page, and every text in it at least 12 px on the screen — its font size in the
 * SVG's units times the width the browser laid the SVG out at over the width of its view box.
 */
@ExtendWith(DemoReport.class)
class DemoReportChartTextTest {

    static final int DESKTOP = 1366;
    static final int PHONE = 390;
    static final Path PHONE_SCREENSHOT = Path.of("target", "screenshots", "rapport-phone.png");

    /**
     * Per figure: how many of its SVGs are shown, and of the one shown its laid-out width, its view box's
     * width and the smallest text on the screen (with that text, to name it in a failure).
     */
    private static final String CHARTS = """
            Array.from(document.querySelectorAll('figure.chart')).map(figure => {
              const shown = Array.from(figure.querySelectorAll('svg')).filter(svg => svg.getBoundingClientRect().width > 0);
              if (shown.length !== 1) {
                return {id: figure.id, shown: shown.length};
              }
              const svg = shown[0];
              const width = svg.getBoundingClientRect().width;
              const units = svg.viewBox.baseVal.width;
              let smallest = 1e9;
              let text = '';
              for (const t of svg.querySelectorAll('text')) {
                const px = parseFloat(getComputedStyle(t).fontSize) * width / units;
                if (t.textContent.trim() !== '' && px < smallest) {
                  smallest = px;
                  text = t.textContent;
                }
              }
              return {id: figure.id, shown: 1, width: width, units: units, smallest: smallest, text: text,
                      right: svg.getBoundingClientRect().right, window: document.documentElement.clientWidth};
            })""";

    static JsonNode desktop;
    static JsonNode phone;

    @BeforeAll
    static void openTheReportAtTwoWidths(DemoReport.Output demo) throws Exception {
        try (Chromium chromium = Chromium.start()) {
            desktop = chromium.open(demo.html(), DESKTOP, 900).evaluate(CHARTS);
            PageVisit page = chromium.open(demo.html(), PHONE, 844);
            phone = page.evaluate(CHARTS);
            page.screenshot(PHONE_SCREENSHOT, false);
        }
    }

    @Test
    void everyChartTextIsAtLeastTwelvePixelsOnADesktop() {
        assertChartsReadable(desktop, DESKTOP);
        assertThat(desktop).allSatisfy(chart -> assertThat(chart.get("units").asDouble()).as("the wide layout").isEqualTo(800));
    }

    @Test
    void everyChartTextIsAtLeastTwelvePixelsOnAPhone() {
        assertChartsReadable(phone, PHONE);
        assertThat(phone).allSatisfy(chart -> assertThat(chart.get("units").asDouble()).as("the narrow layout").isLessThan(800));
    }

    private static void assertChartsReadable(JsonNode charts, int window) {
        assertThat(charts.size()).as("charts at %d px", window).isGreaterThanOrEqualTo(12);
        for (JsonNode chart : charts) {
            String id = chart.get("id").asString();
            assertThat(chart.get("shown").asInt()).as("%s: layouts shown at %d px", id, window).isEqualTo(1);
            assertThat(chart.get("smallest").asDouble()).as("%s at %d px: smallest text '%s' in px", id, window,
                    chart.get("text").asString()).isGreaterThanOrEqualTo(12);
            assertThat(chart.get("right").asDouble()).as("%s at %d px: right edge", id, window)
                    .isLessThanOrEqualTo(chart.get("window").asDouble());
        }
    }
}
