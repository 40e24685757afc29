package se.vinr.reports.model;

/** One municipality's value of a reference indicator, a point in a funnel plot. */
public record PeerValue(
        String indicator,
        String municipalityCode,
        String municipalityName,
        String period,
        double value,
        double denominator,
        String source) {
}
