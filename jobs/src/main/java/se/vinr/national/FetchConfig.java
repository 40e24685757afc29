package se.vinr.national;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where and how {@code vinr national --fetch} downloads national figures (configuration {@code vinr.national.*}).
 *
 * @param koladaBase   the Kolada API root, {@code https://api.kolada.se/v3}: data from
 *                     {@code <base>/data/kpi/<kpi>/year/<y1,y2,...>}, KPI metadata from {@code <base>/kpi/<ids>},
 *                     groups from {@code <base>/municipality_groups}
 * @param kpiIds       the Kolada KPI ids to fetch (none: no Kolada data)
 * @param years        the years to fetch them for (the step defaults them to the years the warehouse covers)
 * @param koladaGroups whether to fetch Kolada's municipality groups (the peer groups)
 * @param scbBase      SCB's PxWeb API v2 root, {@code https://statistikdatabasen.scb.se/api/v2}
 * @param scbTables    SCB tables by id, each with its selection as PxWeb v2 query parameters
 *                     ({@code valueCodes[Region]=2280&valueCodes[Tid]=2024…}); an empty selection takes the table's
 *                     default; JSON-stat 2.0 is always asked for
 * @param maxAttempts  tries per request, at least 1; a 5xx, 429, time-out or broken connection is tried again
 * @param retryDelay   wait before the second try; doubled before each further one
 * @param maxPages     the most Kolada pages followed per request
 */
public record FetchConfig(URI koladaBase, List<String> kpiIds, List<Integer> years, boolean koladaGroups, URI scbBase,
                          Map<String, String> scbTables, Duration connectTimeout, Duration requestTimeout,
                          int maxAttempts, Duration retryDelay, int maxPages) {

    /** Kolada's API v3 (v2 answers 410 since autumn 2025). */
    public static final URI KOLADA = URI.create("https://api.kolada.se/v3");
    /** SCB's PxWeb API v2. */
    public static final URI SCB = URI.create("https://statistikdatabasen.scb.se/api/v2");

    public FetchConfig {
        kpiIds = List.copyOf(kpiIds);
        years = List.copyOf(years);
        scbTables = java.util.Collections.unmodifiableMap(new TreeMap<>(scbTables));
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("vinr.national.retries must be 0 to 9, not " + (maxAttempts - 1));
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, not " + maxPages);
        }
        for (String kpi : kpiIds) {
            if (!kpi.matches("[A-Z]\\d{5}")) {
                throw new IllegalArgumentException("vinr.national.kolada-kpis: '" + kpi
                        + "' is not a Kolada KPI id such as U30750");
            }
        }
        for (String table : scbTables.keySet()) {
            if (!table.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("vinr.national.scb-tables: '" + table
                        + "' is not an SCB table id such as TAB638");
            }
        }
        if (!kpiIds.isEmpty() && years.isEmpty()) {
            throw new IllegalArgumentException("Kolada KPIs need at least one year to fetch: set vinr.national.years,"
                    + " or load a half-year first (the years the warehouse covers are the default)");
        }
    }

    /**
     * The configured sources with a request timeout and a number of retries after the first try, 10 s to
     * connect and 2 s before the first retry (then 4 s, 8 s …).
     */
    public static FetchConfig of(URI koladaBase, List<String> kpiIds, List<Integer> years, boolean koladaGroups,
                                 URI scbBase, Map<String, String> scbTables, Duration timeout, int retries) {
        return new FetchConfig(koladaBase, kpiIds, years, koladaGroups, scbBase, scbTables, Duration.ofSeconds(10),
                timeout, retries + 1, Duration.ofSeconds(2), 50);
    }

    /** The same configuration waiting {@code delay} before a retry (tests use a short one). */
    public FetchConfig withRetryDelay(Duration delay) {
        return new FetchConfig(koladaBase, kpiIds, years, koladaGroups, scbBase, scbTables, connectTimeout,
                requestTimeout, maxAttempts, delay, maxPages);
    }

    /** True when there is something to fetch. */
    public boolean isEmpty() {
        return kpiIds.isEmpty() && !koladaGroups && scbTables.isEmpty();
    }
}
