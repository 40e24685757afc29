package se.vinr.reports.model;

/**
 * One row of {@code indicators.csv}: an indicator for one municipality, period, breakdown and
 * reference area. After small-number protection a suppressed row has null numerator, value and
 * interval; only published (protected) values ever reach this record in the report model.
 *
 * @param breakdown {@code all} or {@code key=value[;key=value]}
 * @param referenceArea {@code riket}, a county code, {@code kommungrupp:<name>} or empty
 * @param revised a figure of an earlier half-year shown with a value that differs from its first
 *                publication (the publish step's revision rule: a change of at least the threshold); the
 *                report marks it "reviderad"
 */
public record IndicatorValue(
        String municipality,
        String period,
        String indicator,
        String breakdown,
        Double numerator,
        Double denominator,
        Double value,
        Unit unit,
        Double ciLow,
        Double ciHigh,
        String referenceArea,
        Double referenceValue,
        Comparison comparison,
        boolean suppressed,
        boolean revised) {

    public static final String ALL = "all";

    /** A row as computed, before any comparison with an earlier publication: not revised. */
    public IndicatorValue(String municipality, String period, String indicator, String breakdown, Double numerator,
                          Double denominator, Double value, Unit unit, Double ciLow, Double ciHigh,
                          String referenceArea, Double referenceValue, Comparison comparison, boolean suppressed) {
        this(municipality, period, indicator, breakdown, numerator, denominator, value, unit, ciLow, ciHigh,
                referenceArea, referenceValue, comparison, suppressed, false);
    }

    public boolean isAll() {
        return ALL.equals(breakdown);
    }
}
