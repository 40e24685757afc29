package se.vinr.extract.job;

import java.nio.file.Path;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.OutputLayout;
import se.vinr.core.Period;
import se.vinr.extract.RecordKind;

/**
 * Where an extract's steps put their files while the job runs ({@code .work/} beside the final
 * output), so that nothing of a failed extract is ever mistaken for a finished one.
 */
public record ExtractWorkspace(OutputLayout layout, MunicipalityCode municipality, Period period) {

    public Path outputDir() {
        return layout.extractDir(municipality, period);
    }

    public Path workDir() {
        return outputDir().resolve(".work");
    }

    public Path parquet(RecordKind kind) {
        return workDir().resolve(kind.parquetName());
    }

    public Path rejects(RecordKind kind) {
        return workDir().resolve(kind.baseName() + ".rejects.csv");
    }

    /** The step that extracts one record kind: {@code extract-cases}, {@code extract-contacts}, ... */
    public static String stepName(RecordKind kind) {
        return "extract-" + kind.baseName();
    }

    public static RecordKind kindOfStep(String stepName) {
        for (RecordKind kind : RecordKind.values()) {
            if (stepName(kind).equals(stepName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not an extract step: " + stepName);
    }
}
