package se.vinr.report.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * The demo's {@code rapport.html} checked the way WCAG 2.2 AA asks, at a laptop's width (1366 px) and a
 * phone's (390 px): axe-core (Deque's rule engine, installed from npm by {@code .ci/run}) run inside
 * Chromium, the page's width against the window's (reflow), and every word of every table cell laid out
 * on one line (a cell that breaks "Konfidensint|ervall" is unreadable).
 */
@ExtendWith(DemoReport.class)
class DemoReportAccessibilityTest {

    static final int DESKTOP = 1366;
    static final int PHONE = 390;

    private static final String AXE_HINT = "axe-core is needed for the accessibility test and was not found; "
            + "run .ci/run, or: npm install --no-save --prefix .ci axe-core@4 (or set AXE_CORE to axe.min.js)";

    /** axe-core's WCAG 2.0–2.2 A and AA rules; each violation with the first elements it was found on. */
    private static final String AXE_RUN = """
            axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}, resultTypes: ['violations']})
              .then(result => result.violations.map(v => v.id + ' (' + v.nodes.length + '): '
                + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' – ' + n.failureSummary).join(' | ')))""";

    /** Table-cell words (runs without a space) whose glyphs the browser laid out on more than one line. */
    private static final String BROKEN_WORDS = """
            (() => {
              const broken = [];
              for (const cell of document.querySelectorAll('td, th')) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  for (const word of node.textContent.matchAll(/\\S+/g)) {
                    const range = document.createRange();
                    range.setStart(node, word.index);
                    range.setEnd(node, word.index + word[0].length);
                    const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0)
                        .map(r => Math.round(r.bottom)));
                    if (lines.size > 1) {
                      broken.push(word[0]);
                    }
                  }
                }
              }
              return broken.slice(0, 20);
            })()""";

    private static final String PAGE_WIDTH = """
            ({page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth})""";

    record Visit(JsonNode violations, JsonNode brokenWords, JsonNode widths) {
    }

    static Visit desktop;
    static Visit phone;

    @BeforeAll
    static void openTheReportAtTwoWidths(DemoReport.Output demo) throws Exception {
        String axe = Files.readString(axeCore(), StandardCharsets.UTF_8);
        try (Chromium chromium = Chromium.start()) {
            desktop = visit(chromium, demo.html(), DESKTOP, axe);
            phone = visit(chromium, demo.html(), PHONE, axe);
        }
    }

    private static Visit visit(Chromium chromium, Path html, int width, String axe) throws InterruptedException {
        PageVisit page = chromium.open(html, width, 900);
        page.evaluate(axe + "\n;true");
        return new Visit(page.evaluate(AXE_RUN), page.evaluate(BROKEN_WORDS), page.evaluate(PAGE_WIDTH));
    }

    private static Path axeCore() {
        Optional<Path> configured = Optional.ofNullable(System.getenv("AXE_CORE")).filter(s -> !s.isBlank()).map(Path::of);
        Path root = Path.of("").toAbsolutePath();
        for (Path dir = root; dir != null && configured.isEmpty(); dir = dir.getParent()) {
            Path candidate = dir.resolve(".ci").resolve("node_modules").resolve("axe-core").resolve("axe.min.js");
            if (Files.isRegularFile(candidate)) {
                configured = Optional.of(candidate);
            }
        }
        return configured.filter(Files::isRegularFile).orElseGet(() -> fail(AXE_HINT));
    }

    @Test
    void hasNoWcagViolationOnADesktop() {
        assertThat(desktop.violations()).as("axe-core violations at %d px", DESKTOP).isEmpty();
    }

    @Test
    void hasNoWcagViolationOnAPhone() {
        assertThat(phone.violations()).as("axe-core violations at %d px", PHONE).isEmpty();
    }

    @Test
    void needsNoSidewaysScrollingOnAPhone() {
        assertThat(phone.widths().get("page").asInt()).as("page width in a %d px window", PHONE)
                .isLessThanOrEqualTo(phone.widths().get("window").asInt());
    }

    @Test
    void breaksNoWordInsideATableCellOnAPhoneOrADesktop() {
        assertThat(phone.brokenWords()).as("words split over two lines at %d px", PHONE).isEmpty();
        assertThat(desktop.brokenWords()).as("words split over two lines at %d px", DESKTOP).isEmpty();
    }
}
