package se.vinr.reports.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;

import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Unit;

/**
 * Numbers as a reader sees them: Swedish decimal comma and spaced thousands (or English), a fixed
 * number of decimals per unit, {@code ..} for a value hidden by small-number protection.
 */
public final class NumberText {

    /** The mark official statistics use for a value that is hidden. */
    public static final String SUPPRESSED = "..";
    /** Shown where there is no value at all (not reported, or nothing to divide by). */
    public static final String MISSING = "–";

    private final Words words;
    private final DecimalFormatSymbols symbols;

    public NumberText(Words words) {
        this.words = words;
        this.symbols = DecimalFormatSymbols.getInstance(words.locale());
        if (!words.english()) {
            // A plain hyphen-minus reads and copies better than the typographic minus CLDR gives Swedish.
            symbols.setMinusSign('-');
            symbols.setGroupingSeparator('\u00A0');
        }
    }

    public static int decimals(Unit unit) {
        return switch (unit) {
            case COUNT -> 0;
            case PERCENT, PER_10000, DAYS -> 1;
            case RATIO -> 2;
        };
    }

    /** An axis or table number format for a unit. */
    public NumberFormat format(int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setGroupingSize(3);
        return format;
    }

    public String number(double value, int decimals) {
        return format(decimals).format(value);
    }

    /** The bare number in the unit's precision; days drop a needless ",0". */
    public String number(Double value, Unit unit) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return MISSING;
        }
        int decimals = decimals(unit);
        if (unit == Unit.DAYS && value == Math.rint(value)) {
            decimals = 0;
        }
        return number(value, decimals);
    }

    /** The number with its unit, e.g. {@code 45,2 %}, {@code 12,3 per 10 000}, {@code 14 dagar}. */
    public String withUnit(Double value, Unit unit) {
        String number = number(value, unit);
        if (MISSING.equals(number)) {
            return number;
        }
        return number + unitSuffix(unit, value);
    }

    private String unitSuffix(Unit unit, double value) {
        return switch (unit) {
            case PERCENT -> "\u00A0%";
            case PER_10000 -> words.t("\u00A0per 10\u00A0000", "\u00A0per 10,000");
            case DAYS -> value == 1.0 ? words.t("\u00A0dag", "\u00A0day") : words.t("\u00A0dagar", "\u00A0days");
            case COUNT, RATIO -> "";
        };
    }

    /** A goal or threshold: whole numbers without decimals ({@code 100 %}), others in the unit's precision. */
    public String compact(Double value, Unit unit) {
        if (value != null && value == Math.rint(value) && !value.isInfinite()) {
            String number = number(value, 0);
            return number + unitSuffix(unit, value);
        }
        return withUnit(value, unit);
    }

    /** A published value: {@code ..} when hidden, {@code –} when absent. */
    public String value(IndicatorValue row) {
        if (row == null) {
            return MISSING;
        }
        if (row.suppressed()) {
            return SUPPRESSED;
        }
        return number(row.value(), row.unit());
    }

    public String valueWithUnit(IndicatorValue row) {
        if (row == null) {
            return MISSING;
        }
        if (row.suppressed()) {
            return SUPPRESSED;
        }
        return withUnit(row.value(), row.unit());
    }

    /** The interval as {@code 40,1–52,3}, or empty text where there is none. */
    public String interval(IndicatorValue row) {
        if (row == null || row.suppressed() || row.ciLow() == null || row.ciHigh() == null) {
            return row != null && row.suppressed() ? SUPPRESSED : MISSING;
        }
        return number(row.ciLow(), row.unit()) + "–" + number(row.ciHigh(), row.unit());
    }

    /** Name of a unit for an axis label. */
    public String unitName(Unit unit) {
        return switch (unit) {
            case COUNT -> words.t("Antal", "Number");
            case PERCENT -> words.t("Procent", "Per cent");
            case PER_10000 -> words.t("Per 10 000 invånare", "Per 10,000 inhabitants");
            case RATIO -> words.t("Kvot", "Ratio");
            case DAYS -> words.t("Dagar", "Days");
        };
    }
}
