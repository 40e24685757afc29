package se.vinr.publish.protection;

import se.vinr.publish.StandardisedRatios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import se.vinr.indicators.AdditiveGroup;
import se.vinr.reports.model.Breakdown;
import se.vinr.indicators.IndicatorCatalogue;
import se.vinr.indicators.IndicatorSpec;
import se.vinr.indicators.SharedCounts;

/**
 * What a reader can put side by side across the catalogue: counts published under different
 * indicators or breakdowns that equal, or add up to, one another. Small-number protection treats each
 * as an exact sum, so that a count hidden in one place cannot be read off another.
 *
 * <p>Many are only nearly exact (a person in two roles counts in both, a case may have two victims), and
 * a reader who assumes them exact usually guesses a hidden count right. Treating a near identity as
 * exact can only hide more, never less: that is the safe side, as {@link se.vinr.publish.protection.AdditiveCells}
 * notes. The indicator models declare them: the exact breakdown groups under {@code additive:}, what no
 * single query can know under {@code shared_counts:} (see sql/README.md). A link whose total row is missing, or whose cells are empty, is left out; a missing part row is
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
     * The rise of a cumulative count from one half-year to the next equals a count of the later half-year
     * (persons trained by its end, against the courses completed in it).
     */
    public record Step(Ref cumulative, Ref increase) {
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
    private final List<Step> steps;

    /**
     * @param subsetKeys per indicator, the breakdown key whose rows each lie within the {@code all} row
     *                   (overlapping groups, such as types of violence)
     */
    public CountLinks(Map<String, List<AdditiveGroup>> assumedAdditive, List<Link> links, List<Mirror> mirrors,
                      List<Within> within, Map<String, String> subsetKeys, Set<String> cumulative, List<Step> steps) {
        this.assumedAdditive = Map.copyOf(assumedAdditive);
        this.links = List.copyOf(links);
        this.mirrors = List.copyOf(mirrors);
        this.within = List.copyOf(within);
        this.subsetKeys = Map.copyOf(subsetKeys);
        this.cumulative = Set.copyOf(cumulative);
        this.steps = List.copyOf(steps);
    }

    /**
     * Every link in one canonical text (sorted where the order carries no meaning), so that two equal sets
     * of links describe themselves alike: part of what a protection decision is remembered by.
     */
    public String describe() {
        return String.join("\n",
                "assumed " + new TreeMap<>(assumedAdditive),
                "links " + links,
                "mirrors " + mirrors,
                "within " + within,
                "subsets " + new TreeMap<>(subsetKeys),
                "cumulative " + new TreeSet<>(cumulative),
                "steps " + steps);
    }

    /** No links at all: each indicator protected on its declared groups alone. */
    public static CountLinks none() {
        return new CountLinks(Map.of(), List.of(), List.of(), List.of(), Map.of(), Set.of(), List.of());
    }

    /**
     * The links the catalogue's models declare ({@code shared_counts:} and {@code cumulative:} in
     * {@code sql/indicators/<id>.yml}), and one the publish step adds itself: an observed/expected
     * ratio's observed count is its rate's numerator.
     */
    public static CountLinks of(IndicatorCatalogue catalogue) {
        Map<String, List<AdditiveGroup>> assumedAdditive = new HashMap<>();
        List<Link> links = new ArrayList<>();
        List<Mirror> mirrors = new ArrayList<>();
        List<Within> within = new ArrayList<>();
        Map<String, String> subsetKeys = new HashMap<>();
        Set<String> cumulative = new HashSet<>();
        List<Step> steps = new ArrayList<>();
        for (IndicatorSpec spec : catalogue.specs()) {
            SharedCounts shared = spec.shared();
            if (!shared.assumedAdditive().isEmpty()) {
                assumedAdditive.put(spec.id(), shared.assumedAdditive());
            }
            shared.subsetKey().ifPresent(key -> subsetKeys.put(spec.id(), key));
            for (SharedCounts.Sum sum : shared.sums()) {
                links.add(new Link(ref(sum.total()), sum.parts().stream().map(CountLinks::ref).toList()));
            }
            for (SharedCounts.Ref other : shared.sameAs()) {
                mirrors.add(new Mirror(spec.id(), other.indicator(), part(other.count())));
            }
            for (SharedCounts.Contains contains : shared.contains()) {
                within.add(new Within(ref(contains.whole()), ref(contains.part())));
            }
            if (spec.cumulative()) {
                cumulative.add(spec.id());
            }
            for (SharedCounts.Step step : shared.steps()) {
                steps.add(new Step(ref(step.cumulative()), ref(step.increase())));
            }
            if (spec.population().isPresent()) {
                links.add(new Link(new Ref(spec.id() + StandardisedRatios.SUFFIX, Breakdown.ALL_TEXT, Part.NUMERATOR),
                        List.of(new Ref(spec.id(), Breakdown.ALL_TEXT, Part.NUMERATOR))));
            }
        }
        return new CountLinks(assumedAdditive, links, mirrors, within, subsetKeys, cumulative, steps);
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

    public List<Step> steps() {
        return steps;
    }

    /** Whether a count of the indicator is declared as the rise of a cumulative count. */
    public boolean isStepIncrease(String indicator) {
        return steps.stream().anyMatch(s -> s.increase().indicator().equals(indicator));
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

    private static Ref ref(SharedCounts.Ref ref) {
        return new Ref(ref.indicator(), ref.breakdown(), part(ref.count()));
    }

    private static Part part(SharedCounts.Count count) {
        return count == SharedCounts.Count.NUMERATOR ? Part.NUMERATOR : Part.DENOMINATOR;
    }
}
