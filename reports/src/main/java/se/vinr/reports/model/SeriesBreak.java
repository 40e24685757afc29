package se.vinr.reports.model;

/**
 * A dated break in a series (a new case-management system, a new regulation, a changed definition).
 *
 * @param period the first half-year after the break
 * @param scope {@code all} or one indicator id
 */
public record SeriesBreak(String period, String scope, String descriptionSv, String descriptionEn, String source) {

    public boolean touches(String indicator) {
        return "all".equals(scope) || scope.equals(indicator);
    }
}
