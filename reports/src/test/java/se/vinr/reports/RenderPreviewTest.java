package se.vinr.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vinr.reports.charts.*;
import se.vinr.reports.facts.*;
import se.vinr.reports.findings.*;
import se.vinr.reports.html.*;
import se.vinr.reports.pdf.PdfWriter;

class RenderPreviewTest {
    @Test
    void preview() throws Exception {
        Path dir = Path.of("/tmp/preview-report");
        Files.createDirectories(dir);
        for (int k = 0; k < 2; k++) {
        long t0 = System.currentTimeMillis();
        new StandardReportRenderer().render(ModelFixtures.fullModel(), dir);
        System.out.println("render " + (System.currentTimeMillis() - t0) + " ms");
        }
        ReportFonts fonts = new ReportFonts();
        ReportFacts facts = new ReportFacts(SuppressionGuard.protect(ModelFixtures.fullModel()));
        long t = System.currentTimeMillis();
        List<MainPoint> w = new Worsening(facts).indicators();
        List<MainPoint> m = new MainPoints(facts).points();
        List<ReportCharts.TrendKey> keys = new ArrayList<>();
        m.forEach(p -> keys.add(new ReportCharts.TrendKey(p.indicator(), p.breakdown())));
        List<Chart> charts = new ReportCharts(ChartContext.of(facts, new ChartStyle(fonts))).build(keys);
        ChartExporter ex = new ChartExporter(fonts);
        List<RenderedChart> r = new ArrayList<>();
        for (Chart c : charts) r.add(ex.render(c));
        System.out.println("charts " + charts.size() + " " + (System.currentTimeMillis() - t)); t = System.currentTimeMillis();
        String html = new ReportDocument().render(facts, r, w, m, ChartEmbedding.PNG);
        System.out.println("html " + (System.currentTimeMillis() - t)); t = System.currentTimeMillis();
        new PdfWriter(fonts).write(html, dir.resolve("x.pdf"));
        System.out.println("pdf " + (System.currentTimeMillis() - t));
        m.forEach(p -> System.out.println(p.score() + " " + p.sentence()));
        w.forEach(p -> System.out.println("W " + p.sentence()));
    }
}
