package se.vinr.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;

/**
 * The scenarios of issue #8, all over the half-years 2016H1–2025H2 except the tiny one:
 * <ul>
 *   <li>{@code S}: Härnösand (2280) at its population in the seeds;</li>
 *   <li>{@code L}: a Stockholm-sized municipality, 0180 at 1,000,000 inhabitants;</li>
 *   <li>{@code N}: all 290 municipalities at their populations in the seeds;</li>
 *   <li>{@code tiny}: the smallest municipality in the seeds over 2025H1–2025H2, for the test.</li>
 * </ul>
 * S, L and tiny report their municipality's last half-year; N reports the last half-year of a sample
 * spread evenly over the population ranking (largest and smallest included), because 290 full
 * reports would dominate the run without saying more than the sample's mean cost per report.
 */
public final class Scenarios {

    public static final List<String> NAMES = List.of("S", "L", "N", "tiny");
    public static final Period FROM = new Period(2016, 1);
    public static final Period TO = new Period(2025, 2);
    static final MunicipalityCode HARNOSAND = new MunicipalityCode("2280");
    static final MunicipalityCode STOCKHOLM = new MunicipalityCode("0180");
    static final long LARGE_POPULATION = 1_000_000;

    private final Populations populations;

    public Scenarios(Populations populations) {
        this.populations = populations;
    }

    /** The scenario of that name (case-insensitive); {@code reportSample} applies to N only. */
    public Scenario named(String name, int reportSample) {
        return switch (name.trim().toUpperCase()) {
            case "S" -> single("S", HARNOSAND, populations.of(HARNOSAND), FROM, 512);
            case "L" -> single("L", STOCKHOLM, LARGE_POPULATION, FROM, 512);
            case "N" -> national(reportSample);
            case "TINY" -> {
                Map.Entry<MunicipalityCode, Long> smallest = populations.byCode().entrySet().stream()
                        .min(Map.Entry.<MunicipalityCode, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .orElseThrow();
                yield single("tiny", smallest.getKey(), smallest.getValue(), TO.previous(), 512);
            }
            default -> throw new IllegalArgumentException("there is no scenario '" + name + "'; choose from "
                    + String.join(", ", NAMES));
        };
    }

    private static Scenario single(String name, MunicipalityCode code, long population, Period from, int heapMb) {
        return new Scenario(name, List.of(new Scenario.Site(code, population)), from, TO, heapMb, List.of(code));
    }

    private Scenario national(int reportSample) {
        List<Scenario.Site> sites = populations.byCode().entrySet().stream()
                .map(e -> new Scenario.Site(e.getKey(), e.getValue())).toList();
        return new Scenario("N", sites, FROM, TO, 1024, sample(sites, reportSample));
    }

    /** {@code size} municipalities evenly spaced over the ranking by population, largest first. */
    static List<MunicipalityCode> sample(List<Scenario.Site> sites, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the report sample must hold at least one municipality");
        }
        List<Scenario.Site> ranked = new ArrayList<>(sites);
        ranked.sort(Comparator.comparingLong(Scenario.Site::population).reversed()
                .thenComparing(Scenario.Site::municipality));
        int count = Math.min(size, ranked.size());
        List<MunicipalityCode> sample = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = count == 1 ? 0 : (int) Math.round(i * (ranked.size() - 1) / (double) (count - 1));
            sample.add(ranked.get(index).municipality());
        }
        return sample.stream().sorted().toList();
    }
}
