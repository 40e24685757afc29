/**
 * The indicator catalogue: one model per indicator in {@code sql/indicators/} — {@code <id>.sql} (the
 * query), {@code <id>.yml} (what it means) and {@code <id>.test.yml} (its tests) — read by
 * {@link se.vinr.indicators.IndicatorCatalogue} and run by {@link se.vinr.indicators.IndicatorRunner}.
 * The model format is documented in {@code sql/README.md}.
 *
 * <h2>What a query returns</h2>
 * For every loaded {@code (municipality, period)} of {@code core.periods}, one row per breakdown with
 * exactly the columns {@code municipality, period, breakdown, numerator, denominator, value}. Every
 * breakdown the contract requires is present in every period, with 0 where nothing was counted; open
 * code lists (units, departments) list every value seen for the municipality. Numbers are exact:
 * <ul>
 *   <li>{@code count}: numerator = the count; denominator and value empty.</li>
 *   <li>{@code percent}, {@code per_10000}, {@code ratio}: numerator and denominator; value empty, the
 *       figure being 100·n/d, 10,000·n/d or n/d ({@link se.vinr.indicators.RawIndicatorRow#estimate}).
 *       An empty denominator means none exists (no population by sex, no headcount loaded for the
 *       period); a denominator of 0 leaves the value empty.</li>
 *   <li>{@code days}: value = the median; numerator empty; denominator = the number of pairs the median
 *       is taken over (what small-number protection judges).</li>
 * </ul>
 *
 * <h2>Population denominators</h2>
 * A rate's population is, for the row's sex ({@code T} unless the breakdown has {@code sex=K|M}), the
 * wanted age group if {@code ref.population} has it for some year up to the period's year, else the
 * fallback age group; within the chosen group the latest such year. The queries apply the rule; Java's
 * {@link se.vinr.indicators.DenominatorBasis} applies the same rule to tell the report which group and
 * year were used.
 */
package se.vinr.indicators;
