package se.vinr.reports.model;

/**
 * One row of {@code indicators.csv}: an indicator for one municipality, period, breakdown and
 * reference area. After small-number protection a suppressed row has null numerator, value and
 * interval; only published (protected) values ever reach this record in the report model.
 *
 * @param breakdown {@code all} or {@code key=value[;key=value]}
 * @param referenceArea {@code riket}, a county code, {@code kommungrupp:<name>} or empty
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
        boolean suppressed) {

    public static final String ALL = "all";

    public boolean isAll() {
        return ALL.equals(breakdown);
    }
}
