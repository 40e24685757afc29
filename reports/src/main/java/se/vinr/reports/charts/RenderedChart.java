package se.vinr.reports.charts;

/**
 * A chart drawn every way the report needs it. In the report the figure caption carries the source, so
 * the charts placed there leave it out; the standalone files carry it.
 *
 * @param svgElement the wide chart ({@link Chart#WIDTH} units) as an {@code <svg>} element to place
 *                   inline, with ids unique to this chart
 * @param narrowSvgElement the same chart laid out {@link Chart#NARROW_WIDTH} units wide for a phone
 * @param svgDocument a standalone SVG file, caption included
 * @param png a standalone PNG file, caption included
 * @param printPng the wide chart without caption, for the PDF
 */
public record RenderedChart(Chart chart, String svgElement, String narrowSvgElement, String svgDocument, byte[] png,
                            byte[] printPng) {
}
