package se.vinr.load;

/**
 * Thresholds of the load's data tests.
 *
 * @param maxVolumeDrop       the largest accepted fall in a kind's rows against the previous loaded
 *                            period, as a share (0.40: a fall of more than 40 % warns)
 * @param maxPlausibleAge     ages above this warn
 * @param unknownCaseSeverity for assessments and interventions whose case no cases.csv holds
 */
public record DataTestConfig(double maxVolumeDrop, int maxPlausibleAge, Severity unknownCaseSeverity) {

    public DataTestConfig {
        if (maxVolumeDrop <= 0 || maxVolumeDrop > 1) {
            throw new IllegalArgumentException("the volume drop threshold must be a share above 0 and at most 1, not " + maxVolumeDrop);
        }
        if (maxPlausibleAge <= 0) {
            throw new IllegalArgumentException("the highest plausible age must be positive, not " + maxPlausibleAge);
        }
    }

    public static DataTestConfig defaults() {
        return new DataTestConfig(0.40, 110, Severity.WARNING);
    }
}
