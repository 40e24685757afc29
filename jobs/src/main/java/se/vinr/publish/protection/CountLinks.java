package se.vinr.publish.protection;

import se.vinr.publish.StandardisedRatios;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.vinr.indicators.AdditiveGroup;

/**
 * What a reader can put side by side across the catalogue: counts published under different
 * indicators or breakdowns that equal, or add up to, one another. Small-number protection treats each
 * as an exact sum, so that a count hidden in one place cannot be read off another.
 *
 * <p>Many are only nearly exact (a person in two roles counts in both, a case may have two victims), and
 * a reader who assumes them exact usually guesses a hidden count right. Treating a near identity as
 * exact can only hide more, never less: that is the safe side, as {@link se.vinr.publish.protection.AdditiveCells}
 * notes. The SQL headers declare the exact breakdown groups; this class adds what no single query can
 * know. A link whose total row is missing, or whose cells are empty, is left out; a missing part row is
 * a zero the query did not list.
 */
public final class CountLinks {

    /** Which count of an indicator row a link refers to. */
    public enum Part {
        NUMERATOR("n"), DENOMINATOR("d");

        private final String suffix;

        Part(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    /** One count: an indicator's numerator or denominator in one breakdown. */
    public record Ref(String indicator, String breakdown, Part part) {
    }

    /** {@code total = Σ parts}, within one period. */
    public record Link(Ref total, List<Ref> parts) {
        public Link {
            parts = List.copyOf(parts);
        }
    }

    /** Two indicators whose {@code part} is the same count in every breakdown they share. */
    public record Mirror(String first, String second, Part part) {
    }

    /**
     * A count that lies within another: the difference counts the others (cases carried over, victims
     * without a vulnerability), a count as much as a share's complement is, so it must not be 1 to 4.
     */
    public record Within(Ref whole, Ref part) {
    }

    private final Map<String, List<AdditiveGroup>> assumedAdditive;
    private final List<Link> links;
    private final List<Mirror> mirrors;
    private final List<Within> within;
    private final Map<String, String> subsetKeys;
    private final Set<String> cumulative;

    /**
     * @param subsetKeys per indicator, the breakdown key whose rows each lie within the {@code all} row
     *                   (overlapping groups, such as types of violence)
     */
    public CountLinks(Map<String, List<AdditiveGroup>> assumedAdditive, List<Link> links, List<Mirror> mirrors,
                      List<Within> within, Map<String, String> subsetKeys, Set<String> cumulative) {
        this.assumedAdditive = Map.copyOf(assumedAdditive);
        this.links = List.copyOf(links);
        this.mirrors = List.copyOf(mirrors);
        this.within = List.copyOf(within);
        this.subsetKeys = Map.copyOf(subsetKeys);
        this.cumulative = Set.copyOf(cumulative);
    }

    /** No links at all: each indicator protected on its declared groups alone. */
    public static CountLinks none() {
        return new CountLinks(Map.of(), List.of(), List.of(), List.of(), Map.of(), Set.of());
    }

    /** The links of the shipped catalogue (docs/contract.md#5a-indicators and the report's further indicators). */
    public static CountLinks standard() {
        Part n = Part.NUMERATOR;
        Part d = Part.DENOMINATOR;
        return new CountLinks(
                // One person may hold several roles: the SQL rightly declares the roles not additive, yet
                // without overlap they add up exactly. new_victims_rate's sexes are left out: its total
                // also counts sex X, and the links below already tie each of its rows to the victims by
                // sex and age band, where X has its own row; a sum K + M = all, false whenever an X victim
                // exists, would make protection believe an X victim derivable and give up protecting it.
                Map.of("new_cases", List.of(AdditiveGroup.parse("role")),
                        "active_cases", List.of(AdditiveGroup.parse("role"))),
                List.of(
                        link(ref("new_children_rate", "all", n),
                                ref("new_cases", "role=child_victim", n), ref("new_cases", "role=child_witness", n)),
                        // Adult victims are the victims less those aged 0-17 or of unknown age (age at the
                        // earliest row); per sex, the crossed cells of that sex say how many those are.
                        link(ref("new_cases", "role=victim", n), ref("new_victims_rate", "all", n),
                                ref("new_cases", "role=victim;age_band=0-17", n),
                                ref("new_cases", "role=victim;age_band=unknown", n)),
                        link(ref("new_cases", "role=victim;sex=K", n), ref("new_victims_rate", "sex=K", n),
                                ref("new_cases", "role=victim;sex=K;age_band=0-17", n),
                                ref("new_cases", "role=victim;sex=K;age_band=unknown", n)),
                        link(ref("new_cases", "role=victim;sex=M", n), ref("new_victims_rate", "sex=M", n),
                                ref("new_cases", "role=victim;sex=M;age_band=0-17", n),
                                ref("new_cases", "role=victim;sex=M;age_band=unknown", n)),
                        // (case, person) pairs against persons: equal unless a person has two new cases.
                        link(ref("risk_assessed_share", "role=victim", d), ref("new_cases", "role=victim", n)),
                        link(ref("risk_assessed_share", "role=child_victim", d),
                                ref("new_cases", "role=child_victim", n)),
                        link(ref("days_to_risk_assessment", "all", d), ref("risk_assessed_share", "all", n)),
                        link(ref("perpetrator_programme_share", "all", d), ref("new_cases", "role=perpetrator", n)),
                        link(ref("repeat_victimisation_12m", "all", d), ref("new_cases", "role=victim", n)),
                        link(ref("repeat_victimisation_24m", "all", d), ref("new_cases", "role=victim", n)),
                        // Victim cases against victims: equal unless a case has two victims.
                        link(ref("interventions_per_victim_case", "all", d), ref("new_cases", "role=victim", n)),
                        link(ref("disclosure_rate", "all", d), ref("screening_rate", "all", n)),
                        // Cases with several of the honour-related types count once in honour_cases.
                        link(ref("honour_cases", "all", n),
                                ref("new_cases_by_violence_type", "violence_type=honour", n),
                                ref("new_cases_by_violence_type", "violence_type=child_marriage", n),
                                ref("new_cases_by_violence_type", "violence_type=forced_marriage", n),
                                ref("new_cases_by_violence_type", "violence_type=fgm", n)),
                        link(ref("new_cases_vulnerable_groups", "all", n), ref("new_cases", "role=victim", n),
                                ref("new_cases", "role=child_victim", n), ref("new_cases", "role=child_witness", n)),
                        link(ref("new_cases_vulnerable_groups", "group=age_65_plus", n),
                                ref("new_cases", "role=victim;age_band=65-79", n),
                                ref("new_cases", "role=victim;age_band=80+", n)),
                        link(ref("new_cases_vulnerable_groups", "group=children", n),
                                ref("new_cases", "role=child_victim", n), ref("new_cases", "role=child_witness", n),
                                ref("new_cases", "role=victim;age_band=0-17", n)),
                        // An observed/expected ratio's observed count is its rate's numerator.
                        link(ref("new_victims_rate" + StandardisedRatios.SUFFIX, "all", n),
                                ref("new_victims_rate", "all", n)),
                        link(ref("new_children_rate" + StandardisedRatios.SUFFIX, "all", n),
                                ref("new_children_rate", "all", n))),
                // Both coverages divide by the same headcount of employees and managers.
                List.of(new Mirror("training_basic_coverage", "training_advanced_coverage", d)),
                List.of(
                        // Persons with a new case are active too; the rest were carried over.
                        within(ref("active_cases", "all", n), ref("new_cases", "all", n)),
                        within(ref("active_cases", "role=victim", n), ref("new_cases", "role=victim", n)),
                        within(ref("active_cases", "role=child_victim", n), ref("new_cases", "role=child_victim", n)),
                        within(ref("active_cases", "role=child_witness", n),
                                ref("new_cases", "role=child_witness", n)),
                        within(ref("active_cases", "role=perpetrator", n), ref("new_cases", "role=perpetrator", n)),
                        // Interventions in new victim cases are interventions of the period.
                        within(ref("interventions", "all", n), ref("interventions_per_victim_case", "all", n)),
                        // Asked and disclosed is disclosed; the rest disclosed without being asked.
                        within(ref("disclosed_led_to_case", "all", d), ref("disclosure_rate", "all", n))),
                Map.of("new_cases_vulnerable_groups", "group", "new_cases_by_violence_type", "violence_type"),
                // Trained persons counted from every loaded package up to the period's end.
                Set.of("training_basic_coverage", "training_advanced_coverage", "elected_trained_share"));
    }

    /** Breakdown groups the statistics treat as additive although the SQL does not declare them. */
    public List<AdditiveGroup> assumedAdditive(String indicator) {
        return assumedAdditive.getOrDefault(indicator, List.of());
    }

    public List<Link> links() {
        return links;
    }

    public List<Mirror> mirrors() {
        return mirrors;
    }

    public List<Within> within() {
        return within;
    }

    /** The key whose rows each lie within the indicator's {@code all} row, if it has one. */
    public Optional<String> subsetKey(String indicator) {
        return Optional.ofNullable(subsetKeys.get(indicator));
    }

    /**
     * Whether the indicator's numerator counts everything up to the period's end, so that this period's
     * figure less the previous one is the period's own increase.
     */
    public boolean isCumulative(String indicator) {
        return cumulative.contains(indicator);
    }

    private static Ref ref(String indicator, String breakdown, Part part) {
        return new Ref(indicator, breakdown, part);
    }

    private static Within within(Ref whole, Ref part) {
        return new Within(whole, part);
    }

    private static Link link(Ref total, Ref... parts) {
        return new Link(total, List.of(parts));
    }
}
