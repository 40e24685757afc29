package se.vinr.reports.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers for the machine-readable files: decimal point, no grouping, no exponent, no float noise. */
final class CsvNumbers {

    private static final int SCALE = 6;

    private CsvNumbers() {
    }

    static String format(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        BigDecimal decimal = BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return decimal.signum() == 0 ? "0" : decimal.toPlainString();
    }
}
