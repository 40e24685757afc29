package se.vinr.bench;

import java.util.ArrayList;
import java.util.List;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;

/**
 * One benchmark scenario: the municipalities whose synthetic exports are generated, the run of
 * half-years, the heap its JVM gets, and the municipalities whose last half-year is reported.
 */
public record Scenario(String name, List<Site> sites, Period from, Period to, int heapMb,
                       List<MunicipalityCode> reported) {

    /** A municipality and the population that scales its synthetic volumes. */
    public record Site(MunicipalityCode municipality, long population) {
    }

    public Scenario {
        sites = List.copyOf(sites);
        reported = List.copyOf(reported);
        if (sites.isEmpty() || to.compareTo(from) < 0) {
            throw new IllegalArgumentException("a scenario needs at least one municipality and one half-year");
        }
    }

    public List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (Period p = from; p.compareTo(to) <= 0; p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    public long population() {
        return sites.stream().mapToLong(Site::population).sum();
    }

    public boolean isReported(MunicipalityCode municipality) {
        return reported.contains(municipality);
    }
}
