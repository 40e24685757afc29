package se.vinr.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import se.vinr.reports.model.ReportModel;

/** Turns a report model into the files of {@code reports/<municipality>/<period>/}. */
public interface ReportRenderer {

    /**
     * Writes {@code rapport.html}, {@code rapport.pdf}, {@code charts/}, {@code indicators.csv} and
     * {@code indicators.xlsx} into {@code directory} and returns the files written.
     */
    List<Path> render(ReportModel model, Path directory) throws IOException;
}
