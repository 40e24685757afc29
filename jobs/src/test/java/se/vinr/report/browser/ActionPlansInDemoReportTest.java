package se.vinr.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import se.vinr.plan.ActionPlan;
import se.vinr.plan.ActionPlanLoader;

/**
 * Both seed action plans appear, activity by activity, in the demo's report for their municipality
 * (issue 9): Härnösand in the shared demo, Askersund in a short demo of its own.
 */
@ExtendWith(DemoReport.class)
class ActionPlansInDemoReportTest {

    private static final Path PLANS = Path.of("..", "seeds", "plans");

    @Test
    void harnosandsReportListsEveryActivityOfItsPlan(DemoReport.Output demo) throws Exception {
        ActionPlan plan = load("harnosand.yaml");

        assertThat(plan.activities()).hasSize(22);
        assertThat(tableCells(demo.html())).containsAll(activityTexts(plan));
    }

    @Test
    void askersundsReportListsEveryActivityOfItsPlan() throws Exception {
        ActionPlan plan = load("askersund.yaml");
        Path out = VinrRun.freshFolder("askersund");

        VinrRun.succeeds("demo", "--municipality", "1882", "--from", "2025H1", "--to", "2025H2", "--out",
                out.toString(), "--quiet");

        assertThat(plan.activities()).hasSize(13);
        Path html = out.resolve("reports").resolve("1882").resolve("2025H2").resolve("rapport.html");
        assertThat(tableCells(html)).containsAll(activityTexts(plan));
    }

    private static ActionPlan load(String file) {
        // Any catalogue id the plans name is accepted here; the plan tests check the ids themselves.
        return new ActionPlanLoader(Set.copyOf(catalogue())).load(PLANS.resolve(file));
    }

    private static List<String> catalogue() {
        try (var files = Files.list(Path.of("..", "sql", "indicators"))) {
            return files.map(f -> f.getFileName().toString().replace(".sql", "")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> activityTexts(ActionPlan plan) {
        return plan.activities().stream().map(ActionPlan.Activity::text).map(t -> t.strip().replaceAll("\\s+", " "))
                .toList();
    }

    private static List<String> tableCells(Path html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        Document document = factory.newDocumentBuilder().parse(html.toFile());
        NodeList cells = document.getElementsByTagName("td");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            texts.add(cells.item(i).getTextContent().strip().replaceAll("\\s+", " "));
        }
        return texts;
    }
}
