package se.vinr.reports.html;

/** How a chart sits in the document: inline SVG on screen, a PNG for the PDF renderer. */
public enum ChartEmbedding {
    INLINE_SVG, PNG
}
