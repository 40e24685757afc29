package se.vinr.reports.charts;

/**
 * A chart drawn both ways: SVG for the HTML report and the {@code .svg} file, PNG for the PDF and the
 * {@code .png} file.
 *
 * @param svgElement an {@code <svg>} element to place inline, with ids unique to this chart
 * @param svgDocument a standalone SVG file
 */
public record RenderedChart(Chart chart, String svgElement, String svgDocument, byte[] png) {
}
