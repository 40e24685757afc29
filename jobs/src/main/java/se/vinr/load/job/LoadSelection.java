package se.vinr.load.job;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.OutputLayout;
import se.vinr.core.Period;

/**
 * The packages one load job loads: one municipality's half-year (what {@code vinr run} and
 * {@code vinr load --period} name), or every extracted half-year from {@code from} to {@code to} of
 * one or more municipalities ({@code vinr load --from --to}). The packages go in municipality by
 * municipality, each one's half-years oldest first, the order in which loading them one by one
 * gives the same warehouse.
 *
 * @param range whether the half-years form a range, in which a half-year that was never extracted
 *              is passed over rather than refused
 */
public record LoadSelection(List<MunicipalityCode> municipalities, Period from, Period to, boolean range) {

    /** One package of the selection. */
    public record Package(MunicipalityCode municipality, Period period) {
        @Override
        public String toString() {
            return municipality + " " + period;
        }
    }

    /** What a selection finds in the output folder. */
    public record Found(List<Package> packages, List<Package> notExtracted) {
    }

    public LoadSelection {
        municipalities = List.copyOf(municipalities);
        if (municipalities.isEmpty()) {
            throw new IllegalArgumentException("a load needs at least one municipality");
        }
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("the last half-year " + to + " comes before the first " + from);
        }
    }

    /**
     * The selection a load job's parameters describe: a comma-separated list of municipalities, and
     * either one period or a range from and to.
     */
    public static LoadSelection of(String municipalities, String period, String from, String to) {
        List<MunicipalityCode> codes = Arrays.stream(municipalities.split(",")).map(String::trim)
                .map(MunicipalityCode::parse).toList();
        if (from != null && to != null) {
            return new LoadSelection(codes, Period.parse(from), Period.parse(to), true);
        }
        Period single = Period.parse(period);
        return new LoadSelection(codes, single, single, false);
    }

    /**
     * Every package of the selection in loading order. In a range, a half-year without an extract
     * folder is left out and named in {@link Found#notExtracted}; a single package is always listed,
     * so that a missing extract is refused by the load with its own sentence.
     */
    public Found find(OutputLayout layout) {
        List<Package> packages = new ArrayList<>();
        List<Package> notExtracted = new ArrayList<>();
        for (MunicipalityCode municipality : municipalities) {
            for (Period period = from; period.compareTo(to) <= 0; period = period.next()) {
                Package candidate = new Package(municipality, period);
                if (!range || Files.isDirectory(layout.extractDir(municipality, period))) {
                    packages.add(candidate);
                } else {
                    notExtracted.add(candidate);
                }
            }
        }
        return new Found(List.copyOf(packages), List.copyOf(notExtracted));
    }
}
