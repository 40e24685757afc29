package se.vinr.national;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Where and how {@code vinr national --fetch} downloads national figures.
 *
 * @param koladaBase       the Kolada API root, e.g. {@code https://api.kolada.se/v2}; data is read from
 *                         {@code <base>/data/kpi/<kpi>/year/<y1,y2,...>}
 * @param kpiIds           the Kolada KPI ids to fetch (none: Kolada is skipped)
 * @param years            the years to fetch them for
 * @param scbPopulationUrl a PxWeb URL answering JSON-stat2 for SCB's population table TAB638 by region,
 *                         sex and single year of age (null: SCB is skipped)
 * @param maxAttempts      tries per request, at least 1; a 5xx, 429, time-out or broken connection is tried again
 * @param retryDelay       wait before the second try; doubled before each further one
 * @param maxPages         the most Kolada pages followed per KPI
 */
public record FetchConfig(URI koladaBase, List<String> kpiIds, List<Integer> years, URI scbPopulationUrl,
                          Duration connectTimeout, Duration requestTimeout, int maxAttempts, Duration retryDelay,
                          int maxPages) {

    /** Kolada's v2 API. */
    public static final URI KOLADA = URI.create("https://api.kolada.se/v2");

    public FetchConfig {
        kpiIds = List.copyOf(kpiIds);
        years = List.copyOf(years);
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 10, not " + maxAttempts);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, not " + maxPages);
        }
        for (String kpi : kpiIds) {
            if (!kpi.matches("[A-Z]\\d{5}")) {
                throw new IllegalArgumentException("'" + kpi + "' is not a Kolada KPI id such as N07402");
            }
        }
        if (!kpiIds.isEmpty() && years.isEmpty()) {
            throw new IllegalArgumentException("Kolada KPIs need at least one year to fetch");
        }
    }

    /** Kolada at its public address, 10 s to connect, 60 s per request, 3 tries 2 s apart (then 4 s). */
    public static FetchConfig of(List<String> kpiIds, List<Integer> years, URI scbPopulationUrl) {
        return new FetchConfig(KOLADA, kpiIds, years, scbPopulationUrl, Duration.ofSeconds(10), Duration.ofSeconds(60), 3,
                Duration.ofSeconds(2), 50);
    }
}
