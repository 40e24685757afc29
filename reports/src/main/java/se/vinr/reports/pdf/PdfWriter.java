package se.vinr.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import se.vinr.reports.charts.ReportFonts;

/**
 * Prints the report's XHTML (with PNG charts) to PDF with openhtmltopdf. The fonts are the embedded
 * DejaVu Sans faces; nothing outside the document is fetched: only {@code data:} images are allowed.
 */
public final class PdfWriter {

    private static final int REGULAR = 400;
    private static final int BOLD = 700;

    static {
        // openhtmltopdf prints INFO lines of its own (fast mode, font loading, PDF/UA notes) on every
        // render; an analyst's console should show only what went wrong.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.SEVERE));
    }

    private final ReportFonts fonts;

    public PdfWriter(ReportFonts fonts) {
        this.fonts = fonts;
    }

    public void write(String xhtml, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Tagged PDF for screen readers; it also keeps openhtmltopdf off the built-in Type 1 fonts, whose
            // lookup makes PDFBox scan (and cache) every system font on a fresh machine.
            builder.usePdfUaAccessibility(true);
            builder.useFont(fonts::regularStream, ReportFonts.FAMILY, REGULAR, FontStyle.NORMAL, true);
            builder.useFont(fonts::boldStream, ReportFonts.FAMILY, BOLD, FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml, target.toAbsolutePath().getParent().toUri().toString());
            builder.toStream(out);
            builder.run();
        }
    }
}
