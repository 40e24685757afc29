package se.vinr.reports.model;

import java.util.List;
import java.util.Map;

/** What the report says about the input it rests on. */
public record DataQuality(List<FileCounts> files, List<String> missingFiles, List<DataWarning> warnings,
                          List<RevisedReference> revisedReferences) {

    public DataQuality {
        files = List.copyOf(files);
        missingFiles = List.copyOf(missingFiles);
        warnings = List.copyOf(warnings);
        revisedReferences = List.copyOf(revisedReferences);
    }

    /** Counts of one input file of the report's period. */
    public record FileCounts(String file, long read, long written, long rejected, Map<String, Long> rejectedByReason) {
    }

    /** A data test that warned on load: a drop in volume, an unknown reference, an implausible value. */
    public record DataWarning(String period, String check, String severity, String message) {
    }

    /** A national figure that changed between two imports. */
    public record RevisedReference(String indicator, String area, String year, Double before, Double after) {
    }
}
