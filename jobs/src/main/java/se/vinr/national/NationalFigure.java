package se.vinr.national;

import java.util.regex.Pattern;

/**
 * One national (or regional) reference value, keyed by (indicator, area, year, sex).
 *
 * @param area   'riket', a county code, a municipality code, 'kommungrupp:&lt;name&gt;', or a seed's
 *               geography text when it is none of these
 * @param year   'YYYY', 'YYYYH1'/'YYYYH2', or as the seeds give it ('YYYY-MM', 'YYYY-YYYY', '')
 * @param sex    'T', 'K' or 'M'
 * @param value  null when the source publishes no number
 * @param unit   null when the source states none (Kolada)
 * @param referenceId seeds only, like domain, geography, qualifier and sourceQuote; else null
 * @param denominator what the value is a share or rate of (persons, contacts, inhabitants); null when the
 *                    source gives none
 */
public record NationalFigure(String indicator, String area, String year, String sex, Double value, String unit,
                             String source, String referenceId, String domain, String geography, String qualifier,
                             String sourceQuote, Double denominator) {

    private static final Pattern YEAR_OR_HALF = Pattern.compile("(\\d{4})(H[12])?");

    /** A figure without a denominator, as the seeds, Kolada and PxWeb give them. */
    public NationalFigure(String indicator, String area, String year, String sex, Double value, String unit,
                          String source, String referenceId, String domain, String geography, String qualifier,
                          String sourceQuote) {
        this(indicator, area, year, sex, value, unit, source, referenceId, domain, geography, qualifier, sourceQuote,
                null);
    }

    public static NationalFigure of(String indicator, String area, String year, String sex, Double value, String unit,
                                    String source) {
        return new NationalFigure(indicator, area, year, sex, value, unit, source, null, null, null, null, null);
    }

    /** The same figure with the denominator it was computed over. */
    public NationalFigure withDenominator(Double denominator) {
        return new NationalFigure(indicator, area, year, sex, value, unit, source, referenceId, domain, geography,
                qualifier, sourceQuote, denominator);
    }

    /** The calendar year when {@code year} is one year or a half-year, else null. */
    public Integer yearNumber() {
        var m = YEAR_OR_HALF.matcher(year);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    String key() {
        return indicator + " " + area + " " + year + " " + sex;
    }
}
