package se.vinr.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.vinr.core.Period;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.Unit;

/**
 * The reference figures a municipality's value may be tested against: only those that share the
 * indicator's definition, so that {@code higher}, {@code similar} and {@code lower} mean something.
 *
 * <ul>
 *   <li>The figure is filed under the catalogue id itself ({@code ref.national_figures.indicator}); the
 *       seeds' figures, with their own names, are context for the report and are never tested.</li>
 *   <li>A police-reported figure (domain {@code bra_*}) counts offences reported to the police, not
 *       persons in social-services cases: never tested, whatever it is filed under.</li>
 *   <li>Same scale: a share against a share in percent, a ratio against a ratio, a rate per 10,000
 *       against a rate per 1,000, 10,000 or 100,000 inhabitants (converted). A count depends on the size
 *       of the area and a median of days has no interval here, so neither is tested.</li>
 *   <li>Same time basis: the figure of the same half-year ({@code 2025H1}); for a share or a ratio,
 *       which do not grow with the length of the period, the calendar year's figure when the half-year
 *       has none. A rate of new cases over a half-year is about half the year's rate, so a rate needs
 *       the half-year's figure.</li>
 *   <li>Same population: the row's sex ({@code T} for {@code all}, else {@code sex=K}/{@code sex=M});
 *       other breakdowns (roles, units) have no reference. A rate whose own denominator had to fall
 *       back to another age group (20+ for 18+) is not on the reference's basis and is not tested.</li>
 *   <li>Areas: Sweden ({@code riket}), the municipality's county, its SKR municipality group, by
 *       name or code ({@code kommungrupp:Mindre stad/tätort} or {@code kommungrupp:C6}), and its Kolada
 *       peer groups ({@code kolada:G36529}, "Liknande kommuner IFO, Härnösand, 2022": defined for it, not
 *       groups it is a member of); in that order.</li>
 * </ul>
 */
public final class ReferenceFigures {

    /** A row of {@code ref.national_figures}. */
    public record Candidate(String indicator, String area, String year, String sex, Double value, String unit,
                            String source, String domain) {
    }

    /** A reference figure on the row's own scale. */
    public record Match(String area, double value) {
    }

    /** An indicator row that must not be tested, e.g. a rate over a fallback population. */
    public record RowKey(String indicator, String period, String breakdown) {
    }

    private final Map<String, IndicatorDefinition> definitions;
    private final List<String> areas;
    private final List<Candidate> candidates;
    private final Set<RowKey> untestable;

    /**
     * @param areas the municipality's reference areas in reading order ({@code riket}, county code,
     *              {@code kommungrupp:<name>}, {@code kommungrupp:<code>}, {@code kolada:<group id>}…)
     */
    public ReferenceFigures(Map<String, IndicatorDefinition> definitions, List<String> areas,
                            List<Candidate> candidates, Set<RowKey> untestable) {
        this.definitions = Map.copyOf(definitions);
        this.areas = List.copyOf(areas);
        this.candidates = List.copyOf(candidates);
        this.untestable = Set.copyOf(untestable);
    }

    public static ReferenceFigures none() {
        return new ReferenceFigures(Map.of(), List.of(), List.of(), Set.of());
    }

    /** The municipality's reference areas, Sweden first, without Kolada groups. */
    public static List<String> areasOf(String countyCode, String skrGroupName, String skrGroupCode) {
        return areasOf(countyCode, skrGroupName, skrGroupCode, List.of());
    }

    /**
     * The municipality's reference areas, Sweden first.
     *
     * @param koladaGroups ids of the municipality's Kolada peer groups: those defined for it, and its SKR group
     *                     ({@link se.vinr.publish.reference.PeerGroups}), in reading order
     */
    public static List<String> areasOf(String countyCode, String skrGroupName, String skrGroupCode,
                                       List<String> koladaGroups) {
        List<String> areas = new ArrayList<>(List.of("riket"));
        if (countyCode != null && !countyCode.isBlank()) {
            areas.add(countyCode);
        }
        for (String group : new String[] {skrGroupName, skrGroupCode}) {
            if (group != null && !group.isBlank()) {
                areas.add("kommungrupp:" + group);
            }
        }
        koladaGroups.stream().map(id -> "kolada:" + id).forEach(areas::add);
        return areas;
    }

    /** One figure per reference area, in reading order; empty when none matches the definition. */
    public List<Match> forRow(String indicator, String period, String breakdown) {
        IndicatorDefinition definition = definitions.get(indicator);
        Optional<String> sex = sexOf(breakdown);
        if (definition == null || sex.isEmpty() || !testable(definition.unit())
                || untestable.contains(new RowKey(indicator, period, breakdown))) {
            return List.of();
        }
        Period half = Period.parse(period);
        Map<String, Match> byArea = new LinkedHashMap<>();
        Map<String, Integer> rank = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            if (!candidate.indicator().equals(indicator) || !candidate.sex().equals(sex.get())
                    || !areas.contains(candidate.area()) || candidate.value() == null || policeReported(candidate)) {
                continue;
            }
            Integer timeRank = timeRank(definition.unit(), candidate.year(), half);
            Optional<Double> scaled = onScale(definition.unit(), candidate.unit(), candidate.value());
            if (timeRank == null || scaled.isEmpty()) {
                continue;
            }
            Integer best = rank.get(candidate.area());
            if (best == null || timeRank < best) {
                rank.put(candidate.area(), timeRank);
                byArea.put(candidate.area(), new Match(candidate.area(), scaled.get()));
            }
        }
        List<Match> matches = new ArrayList<>(byArea.values());
        matches.sort(Comparator.comparingInt(m -> areas.indexOf(m.area())));
        return dropSecondGroupName(matches);
    }

    // A municipality group given both by name and by code is one area: keep the first found.
    private static List<Match> dropSecondGroupName(List<Match> matches) {
        List<Match> kept = new ArrayList<>();
        boolean group = false;
        for (Match match : matches) {
            boolean isGroup = match.area().startsWith("kommungrupp:");
            if (!isGroup || !group) {
                kept.add(match);
            }
            group |= isGroup;
        }
        return kept;
    }

    private static boolean testable(Unit unit) {
        return unit == Unit.PERCENT || unit == Unit.PER_10000 || unit == Unit.RATIO;
    }

    private static boolean policeReported(Candidate candidate) {
        return candidate.domain() != null && candidate.domain().startsWith("bra_");
    }

    private static Optional<String> sexOf(String breakdown) {
        Breakdown parsed = Breakdown.parse(breakdown);
        if (parsed.isAll()) {
            return Optional.of("T");
        }
        Optional<String> sex = Optional.ofNullable(parsed.get("sex"));
        return parsed.parts().size() == 1 && sex.isPresent() && Set.of("K", "M").contains(sex.get())
                ? sex : Optional.empty();
    }

    /** 0 for the same half-year, 1 for the calendar year where a year will do, null when not comparable. */
    private static Integer timeRank(Unit unit, String year, Period half) {
        if (year.equals(half.toString())) {
            return 0;
        }
        return unit != Unit.PER_10000 && year.equals(Integer.toString(half.year())) ? 1 : null;
    }

    /** A figure's value on the indicator's own scale; empty when the two units cannot be compared. */
    static Optional<Double> onScale(Unit unit, String figureUnit, double value) {
        if (figureUnit == null) {
            return Optional.empty();
        }
        return switch (unit) {
            case PERCENT -> figureUnit.equals("percent") ? Optional.of(value) : Optional.empty();
            case RATIO -> figureUnit.equals("ratio") ? Optional.of(value) : Optional.empty();
            case PER_10000 -> switch (figureUnit) {
                case "per_1000" -> Optional.of(value * 10);
                case "per_10000" -> Optional.of(value);
                case "per_100000" -> Optional.of(value / 10);
                default -> Optional.empty();
            };
            case COUNT, DAYS -> Optional.empty();
        };
    }
}
