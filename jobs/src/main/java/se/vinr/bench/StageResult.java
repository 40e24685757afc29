package se.vinr.bench;

/**
 * One stage of one scenario: the input rows it covers and what it cost ours and the baseline.
 *
 * @param ours null where our pipeline has no separate step for the stage
 * @param baseline null where the baseline has no such stage (it renders no report)
 */
public record StageResult(Stage stage, long rows, Measurement ours, Measurement baseline) {

    /** Ours over the baseline in wall time, or null when either is missing. */
    public Double ratio() {
        if (ours == null || baseline == null || baseline.seconds() <= 0) {
            return null;
        }
        return ours.seconds() / baseline.seconds();
    }

    public static Double rowsPerSecond(long rows, Measurement measurement) {
        return measurement == null || measurement.seconds() <= 0 ? null : rows / measurement.seconds();
    }
}
