package se.vinr.national;

import java.util.regex.Pattern;

/**
 * One national (or regional) reference value, keyed by (indicator, area, year, sex, age group).
 *
 * @param area   'riket', a county code, a municipality code, 'kommungrupp:&lt;name&gt;', 'kolada:&lt;group id&gt;'
 *               (a Kolada municipality group), or a seed's geography text when it is none of these
 * @param year   'YYYY', 'YYYYH1'/'YYYYH2', or as the seeds give it ('YYYY-MM', 'YYYY-YYYY', '')
 * @param sex    'T', 'K' or 'M'
 * @param value  null when the source publishes no number
 * @param unit   null when the source states none (Kolada)
 * @param referenceId seeds only, like domain, geography, qualifier and sourceQuote; else null
 * @param denominator what the value is a share or rate of (persons, contacts, inhabitants); null when the
 *                    source gives none
 * @param ageGroup {@value #TOTAL}, or one of the contract's age bands for a rate by age band and sex
 */
public record NationalFigure(String indicator, String area, String year, String sex, Double value, String unit,
                             String source, String referenceId, String domain, String geography, String qualifier,
                             String sourceQuote, Double denominator, String ageGroup) {

    /** The age group of a figure for all ages. */
    public static final String TOTAL = "total";

    private static final Pattern YEAR_OR_HALF = Pattern.compile("(\\d{4})(H[12])?");

    /** A figure for all ages without a denominator, as the seeds, Kolada and PxWeb give them. */
    public NationalFigure(String indicator, String area, String year, String sex, Double value, String unit,
                          String source, String referenceId, String domain, String geography, String qualifier,
                          String sourceQuote) {
        this(indicator, area, year, sex, value, unit, source, referenceId, domain, geography, qualifier, sourceQuote,
                null, TOTAL);
    }

    public static NationalFigure of(String indicator, String area, String year, String sex, Double value, String unit,
                                    String source) {
        return new NationalFigure(indicator, area, year, sex, value, unit, source, null, null, null, null, null);
    }

    /** The calendar year when {@code year} is one year or a half-year, else null. */
    public Integer yearNumber() {
        var m = YEAR_OR_HALF.matcher(year);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The same figure for one age band. */
    public NationalFigure forAgeGroup(String group) {
        return new NationalFigure(indicator, area, year, sex, value, unit, source, referenceId, domain, geography,
                qualifier, sourceQuote, denominator, group);
    }

    /** The same figure with the denominator it was computed over. */
    public NationalFigure withDenominator(Double count) {
        return new NationalFigure(indicator, area, year, sex, value, unit, source, referenceId, domain, geography,
                qualifier, sourceQuote, count, ageGroup);
    }

    String key() {
        return indicator + " " + area + " " + year + " " + sex + (TOTAL.equals(ageGroup) ? "" : " " + ageGroup);
    }
}
