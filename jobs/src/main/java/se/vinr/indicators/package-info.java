/**
 * The indicator catalogue: {@code sql/indicators/*.sql}, one file per indicator, read by
 * {@link se.vinr.indicators.IndicatorCatalogue} and run by {@link se.vinr.indicators.IndicatorRunner}.
 *
 * <h2>An indicator file</h2>
 * A header of {@code -- key: value} lines (a value may continue on lines that start with {@code --} and
 * two or more spaces), ended by a bare {@code --} line or the query itself; free comments follow the
 * bare line. Keys: {@code id} (= the file name), {@code title_sv}, {@code title_en},
 * {@code description_sv}, {@code description_en}, {@code unit} ({@code count | percent | per_10000 |
 * ratio | days}), {@code numerator}, {@code denominator}, {@code polarity} ({@code higher_is_better |
 * lower_is_better | neither}), {@code portable} ({@code yes} or {@code no} and the reason), and
 * optionally {@code sub_goal} (the action-plan sub-goal, e.g. {@code D3}), {@code reference}
 * ({@code none} or the source of a comparable figure), {@code goal} (a target in the indicator's unit),
 * {@code additive} (comma-separated {@code key} or {@code key within key=value}: breakdown parts that add
 * up exactly to a total, for secondary suppression) and {@code population} ({@code 18+ (fallback 20+)}:
 * the {@code ref.population} age group of a rate's denominator). Unknown keys are refused.
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
