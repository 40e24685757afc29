package se.vinr.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import se.vinr.reports.charts.Chart;
import se.vinr.reports.charts.ChartContext;
import se.vinr.reports.charts.ChartExporter;
import se.vinr.reports.charts.ChartStyle;
import se.vinr.reports.charts.RenderedChart;
import se.vinr.reports.charts.ReportCharts;
import se.vinr.reports.charts.ReportCharts.TrendKey;
import se.vinr.reports.charts.ReportFonts;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.facts.SuppressionGuard;
import se.vinr.reports.findings.MainPoint;
import se.vinr.reports.findings.MainPoints;
import se.vinr.reports.findings.Worsening;
import se.vinr.reports.html.ChartEmbedding;
import se.vinr.reports.html.ReportDocument;
import se.vinr.reports.model.ReportModel;
import se.vinr.reports.pdf.PdfWriter;
import se.vinr.reports.tables.ExcelCsvWriter;
import se.vinr.reports.tables.IndicatorsCsvWriter;
import se.vinr.reports.tables.IndicatorsXlsxWriter;
import se.vinr.reports.text.DemoMark;

/**
 * The report: charts (SVG and PNG), {@code rapport.html}, {@code rapport.pdf}, {@code indicators.csv}, its
 * Swedish-Excel twin {@code indicators-excel.csv} and {@code indicators.xlsx}, all pure functions of the model. Needs a headless JVM ({@code java.awt.headless=true},
 * which Spring Boot sets); fonts come from this jar. Safe to reuse; holds only the loaded fonts and template.
 */
public final class StandardReportRenderer implements ReportRenderer {

    public static final String HTML = "rapport.html";
    public static final String PDF = "rapport.pdf";
    public static final String CSV = "indicators.csv";
    public static final String XLSX = "indicators.xlsx";
    public static final String EXCEL_CSV = "indicators-excel.csv";
    public static final String CHARTS = "charts";

    private final ReportFonts fonts;
    private final ReportDocument document;

    public StandardReportRenderer() {
        this.fonts = new ReportFonts();
        this.document = new ReportDocument();
    }

    @Override
    public List<Path> render(ReportModel model, Path directory) throws IOException {
        ReportFacts facts = new ReportFacts(SuppressionGuard.protect(model));
        List<MainPoint> worsening = new Worsening(facts).indicators();
        List<MainPoint> mainPoints = new MainPoints(facts).points();
        List<TrendKey> trendCharts = new ArrayList<>();
        worsening.forEach(p -> trendCharts.add(new TrendKey(p.indicator(), p.breakdown())));
        mainPoints.forEach(p -> trendCharts.add(new TrendKey(p.indicator(), p.breakdown())));

        List<Chart> charts = new ReportCharts(ChartContext.of(facts, new ChartStyle(fonts))).build(trendCharts);
        List<Chart> hidden = charts.stream().filter(ReportCharts::allHidden).toList();
        ChartExporter exporter = new ChartExporter(fonts, model.synthetic() ? DemoMark.text(facts.words()) : "");
        // Drawing and encoding the charts is most of a report's time, and each chart is drawn from objects of
        // its own (plots, formats, graphics), so they are drawn side by side; the list keeps the report's order.
        List<RenderedChart> rendered = charts.parallelStream().filter(chart -> !hidden.contains(chart))
                .map(exporter::render).toList();

        // The PDF takes about a third of a report's time and needs only the charts and its own XHTML: it is
        // printed beside the other files, which share nothing with it but those strings.
        Path pdf = directory.resolve(PDF);
        String printed = document.render(facts, rendered, hidden, worsening, mainPoints, ChartEmbedding.PNG);
        CompletableFuture<Void> pdfWritten = CompletableFuture.runAsync(() -> {
            try {
                new PdfWriter(fonts).write(printed, pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Path> written = new ArrayList<>();
        try {
            Path chartDirectory = Files.createDirectories(directory.resolve(CHARTS));
            removeOldCharts(chartDirectory);
            for (RenderedChart chart : rendered) {
                Path svg = chartDirectory.resolve(chart.chart().id() + ".svg");
                Path png = chartDirectory.resolve(chart.chart().id() + ".png");
                Files.writeString(svg, chart.svgDocument(), StandardCharsets.UTF_8);
                Files.write(png, chart.png());
                written.add(svg);
                written.add(png);
            }
            Path html = directory.resolve(HTML);
            Files.writeString(html, document.render(facts, rendered, hidden, worsening, mainPoints,
                    ChartEmbedding.INLINE_SVG), StandardCharsets.UTF_8);
            written.add(html);
            written.add(pdf);
            Path csv = directory.resolve(CSV);
            new IndicatorsCsvWriter().write(facts.model(), csv);
            written.add(csv);
            Path excelCsv = directory.resolve(EXCEL_CSV);
            new ExcelCsvWriter().write(facts.model(), excelCsv);
            written.add(excelCsv);
            Path xlsx = directory.resolve(XLSX);
            new IndicatorsXlsxWriter().write(facts, xlsx);
            written.add(xlsx);
        } catch (IOException | RuntimeException e) {
            // This failure is the one to report; the PDF is waited for so that nothing is written after render ends.
            pdfWritten.exceptionally(pdfFailure -> null).join();
            throw e;
        }
        awaitPdf(pdfWritten);
        return List.copyOf(written);
    }

    /** Waits for the PDF; its failure is the render's failure, as when it was printed in line. */
    private static void awaitPdf(CompletableFuture<Void> pdfWritten) throws IOException {
        try {
            pdfWritten.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** A re-run replaces the period's report: charts of main points that no longer apply must not linger. */
    private static void removeOldCharts(Path chartDirectory) throws IOException {
        try (Stream<Path> files = Files.list(chartDirectory)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && (name.endsWith(".svg") || name.endsWith(".png"))) {
                    Files.delete(file);
                }
            }
        }
    }
}
