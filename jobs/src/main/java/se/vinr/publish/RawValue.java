package se.vinr.publish;

/**
 * One exact result of an indicator query, as the warehouse computes it: never published as it is.
 *
 * @param value set only where the value is not numerator/denominator (the median of days)
 */
public record RawValue(String indicator, String period, String breakdown, Double numerator, Double denominator,
                       Double value) {
}
