package se.vinr.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vinr.reports.charts.Chart;
import se.vinr.reports.charts.ChartContext;
import se.vinr.reports.charts.ChartExporter;
import se.vinr.reports.charts.ChartStyle;
import se.vinr.reports.charts.RenderedChart;
import se.vinr.reports.charts.ReportCharts;
import se.vinr.reports.charts.ReportFonts;
import se.vinr.reports.facts.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.facts.SuppressionGuard;

class ChartPreviewTest {
    @Test
    void preview() throws Exception {
        ReportFonts fonts = new ReportFonts();
        ReportFacts facts = new ReportFacts(SuppressionGuard.protect(ModelFixtures.fullModel()));
        long t0 = System.currentTimeMillis();
        List<Chart> charts = new ReportCharts(ChartContext.of(facts, new ChartStyle(fonts)))
                .build(List.of(new ReportCharts.TrendKey("new_cases", Breakdown.ALL)));
        ChartExporter exporter = new ChartExporter(fonts);
        Path dir = Path.of("/tmp/preview");
        Files.createDirectories(dir);
        for (int k = 0; k < 2; k++) for (Chart c : charts) {
            long t1 = System.currentTimeMillis();
            RenderedChart r = exporter.render(c);
            System.out.println(c.id() + " " + (System.currentTimeMillis() - t1) + " ms, png " + r.png().length);
            Files.write(dir.resolve(c.id() + ".png"), r.png());
            Files.writeString(dir.resolve(c.id() + ".svg"), r.svgDocument());
        }
        System.out.println("charts " + charts.size() + " in " + (System.currentTimeMillis() - t0) + " ms");
    }
}
