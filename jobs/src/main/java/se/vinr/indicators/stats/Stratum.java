package se.vinr.indicators.stats;

/**
 * One age band × sex cell of a standardisation, e.g. {@code ("25-44", "K")}.
 */
public record Stratum(String ageBand, String sex) {

    public Stratum {
        if (ageBand == null || ageBand.isBlank() || sex == null || sex.isBlank()) {
            throw new IllegalArgumentException("a stratum needs an age band and a sex");
        }
    }
}
