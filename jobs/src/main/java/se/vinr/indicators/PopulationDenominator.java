package se.vinr.indicators;

/**
 * The population row a rate's denominator was taken from, so the report can say which it used.
 *
 * @param ageGroup   the {@code ref.population} age group used, e.g. {@code 20+}
 * @param fallback   true when it is the fallback, not the age group the definition asks for
 * @param year       the year of the count (31 December)
 * @param derived    true when the figure was computed by the project, not read as published
 * @param source     the {@code ref.population} source id
 */
public record PopulationDenominator(
        String ageGroup, boolean fallback, String sex, int year, long population, boolean derived, String source) {
}
