package se.vinr.indicators;

/**
 * A Kolada KPI an indicator declares in its model ({@code national: kolada:}), with how near its definition is.
 *
 * @param kpi     the Kolada KPI id, e.g. {@code U30750}
 * @param matches true when the KPI measures the same thing, so the report compares the municipality's own
 *                calendar-year figure with it; false when it is context only, shown with the reason
 * @param reason  the differences spelled out (cases or persons, voluntary reporting, calendar year or half-year)
 */
public record KoladaDeclaration(String kpi, boolean matches, String reason) {
}
