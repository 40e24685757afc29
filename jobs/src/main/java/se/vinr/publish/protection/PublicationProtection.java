package se.vinr.publish.protection;

import se.vinr.publish.IndicatorInput;
import se.vinr.publish.RawValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import se.vinr.reports.model.Breakdown;
import se.vinr.publish.protection.AdditiveCells;
import se.vinr.publish.protection.Cell;
import se.vinr.publish.protection.CellTable;
import se.vinr.publish.protection.DerivedCell;
import se.vinr.publish.protection.SmallNumberProtection;
import se.vinr.publish.protection.SuppressionDecision;
import se.vinr.publish.protection.SuppressionReason;
import se.vinr.reports.model.Unit;

/**
 * One small-number protection decision per half-year, taken oldest first, each the same in every report
 * that shows that half-year: a half-year's decision depends only on its own rows and the decisions
 * already taken for earlier ones, never on later data.
 *
 * <p>The table of a half-year holds every count its rows publish (numerators; the denominators of
 * shares, ratios and medians, which are counts of persons too; populations are public and are no cell),
 * the figures computed from them, the breakdown groups the SQL declares, and the {@link CountLinks} of the
 * catalogue. Cumulative numerators also tie a half-year to the one before: this half-year's figure less
 * the previous one is the half-year's increase, an unpublished count that must not be 1 to 4 either. The
 * earlier half-year enters as it was published (what it showed is {@link Cell.Visibility#ALREADY_PUBLISHED},
 * what it hid is {@link Cell.Visibility#WITHHELD}), with its own groups, so that nothing it hid becomes
 * derivable now.
 *
 * <p>The earlier decisions are recomputed from the warehouse as it is today; a half-year whose data a
 * later package revised (a closing date that became known) is judged on the revised counts.
 */
public final class PublicationProtection {

    /** The decisions per period, and the small counts that earlier publications already gave away. */
    public record Decisions(Map<String, SuppressionDecision> byPeriod, Set<String> unprotectable) {
        public Decisions {
            byPeriod = Map.copyOf(byPeriod);
            unprotectable = Set.copyOf(unprotectable);
        }

        public SuppressionDecision of(String period) {
            return byPeriod.get(period);
        }
    }

    private static final int HEADLINE_WEIGHT = 4;

    private final Map<String, IndicatorInput> indicators;
    private final CountLinks links;
    private final SmallNumberProtection protection;
    private final DecisionMemo memo;
    private final int threshold;
    private final int level;

    /** @param memo decisions already taken (by this municipality's earlier reports) */
    public PublicationProtection(Map<String, IndicatorInput> indicators, CountLinks links, int threshold, int level,
                                 DecisionMemo memo) {
        this.indicators = Map.copyOf(indicators);
        this.links = links;
        this.protection = new SmallNumberProtection(threshold, level);
        this.memo = memo;
        this.threshold = threshold;
        this.level = level;
    }

    /** @param periods ascending; rows of other periods, and of indicators not in the catalogue, are ignored */
    public Decisions decide(List<RawValue> raw, List<String> periods) {
        return decide(raw, periods, Set.of());
    }

    /**
     * @param hiddenByEarlier cell ids ({@link CellIds}) that earlier publications require hidden in the
     *                        half-year they belong to (see {@link SmallNumberProtection#protect(CellTable, Set)})
     */
    public Decisions decide(List<RawValue> raw, List<String> periods, Set<String> hiddenByEarlier) {
        Map<String, Map<String, RawValue>> byPeriod = new HashMap<>();
        for (RawValue row : raw) {
            if (indicators.containsKey(row.indicator())) {
                byPeriod.computeIfAbsent(row.period(), p -> new LinkedHashMap<>())
                        .put(CellIds.row(row.indicator(), row.breakdown()), row);
            }
        }
        Map<String, SuppressionDecision> decided = new LinkedHashMap<>();
        Set<String> unprotectable = new TreeSet<>();
        Map<String, List<String>> hiddenByPeriod = perPeriod(hiddenByEarlier);
        String digest = digest(rules(), String.join("\n", hiddenByPeriod.getOrDefault(null, List.of())));
        for (int i = 0; i < periods.size(); i++) {
            List<String> upTo = periods.subList(0, i + 1);
            digest = digest(digest, takenOn(rows(byPeriod, upTo.get(i)), upTo.get(i),
                    hiddenByPeriod.getOrDefault(upTo.get(i), List.of())));
            Optional<SuppressionDecision> remembered = memo.find(digest);
            SuppressionDecision decision = remembered.orElseGet(() -> decideLatest(byPeriod, upTo, decided, hiddenByEarlier));
            if (remembered.isEmpty()) {
                memo.keep(digest, decision);
            }
            decided.put(upTo.get(i), decision);
            unprotectable.addAll(decision.unprotectable());
        }
        return new Decisions(decided, unprotectable);
    }

    /**
     * What every decision rests on besides the rows: the rules' code, the threshold and level, and what the
     * catalogue tells protection of each indicator and of the links between them.
     */
    private String rules() {
        StringBuilder text = new StringBuilder(ProtectionRules.fingerprint())
                .append("\nthreshold ").append(threshold).append(" level ").append(level);
        new TreeMap<>(indicators).forEach((id, input) -> text.append("\n").append(id).append(' ')
                .append(input.definition().unit()).append(' ').append(input.denominatorCounted()).append(' ')
                .append(input.additive()));
        return text.append("\n").append(links.describe()).toString();
    }

    /**
     * The cell ids earlier publications require hidden, by the half-year each names second (CellIds), sorted;
     * under {@code null} the ids that name none, which every decision then rests on.
     */
    private static Map<String, List<String>> perPeriod(Set<String> hiddenByEarlier) {
        Map<String, List<String>> byPeriod = new HashMap<>();
        for (String id : new TreeSet<>(hiddenByEarlier)) {
            String[] parts = id.split("\\|");
            byPeriod.computeIfAbsent(parts.length < 2 ? null : parts[1], p -> new ArrayList<>()).add(id);
        }
        return byPeriod;
    }

    /** A half-year's rows and the cells of it that earlier publications require hidden, in one canonical text. */
    private static String takenOn(Map<String, RawValue> rows, String period, List<String> hidden) {
        StringBuilder text = new StringBuilder(period);
        new TreeMap<>(rows).values().forEach(row -> text.append('\n').append(row));
        hidden.forEach(id -> text.append("\nhidden ").append(id));
        return text.toString();
    }

    /** The SHA-256 of the previous digest and the text, so that each half-year's digest covers every earlier one. */
    private static String digest(String previous, String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /**
     * The decision for the last of {@code periods}. {@link SmallNumberProtection} hides the smallest shown
     * part of a group, which is safe but may be dear: a part may be the same count as a figure of another
     * indicator, which must then go too. So each cell it hid only to protect another, where that cell
     * lies in more than one group, is tried shown (pinned as published, so that protection must find
     * other cells to hide), and stays shown when every small count is then protected as well at a lower
     * {@link #cost}. Deterministic, and using only the periods up to this one.
     */
    private SuppressionDecision decideLatest(Map<String, Map<String, RawValue>> byPeriod, List<String> periods,
                                             Map<String, SuppressionDecision> decided,
                                             Set<String> hiddenByEarlier) {
        Map<String, RawValue> current = rows(byPeriod, periods.get(periods.size() - 1));
        Map<String, SuppressionReason> reasons = new HashMap<>();
        Set<String> unprotectable = new TreeSet<>();
        for (CellTable part : TableComponents.of(table(byPeriod, periods, decided))) {
            SuppressionDecision decision = cheapest(part, current, hiddenByEarlier);
            reasons.putAll(decision.reasons());
            unprotectable.addAll(decision.unprotectable());
        }
        return new SuppressionDecision(reasons, unprotectable);
    }

    private SuppressionDecision cheapest(CellTable part, Map<String, RawValue> current, Set<String> hiddenByEarlier) {
        AuditMemory memory = new AuditMemory();
        SuppressionDecision best = protection.protect(part, hiddenByEarlier, memory);
        Map<String, Integer> memberships = new HashMap<>();
        part.groups().forEach(g -> g.members().forEach(id -> memberships.merge(id, 1, Integer::sum)));
        Set<String> pinned = new TreeSet<>();
        // A headline may cost a whole crossed table's worth of cells to keep, which one pin at a time
        // never reaches: first try keeping every hidden headline at once.
        Set<String> headlines = secondaryCells(best).stream().filter(PublicationProtection::isHeadline)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!headlines.isEmpty()) {
            SuppressionDecision decision = protection.protect(TableComponents.pinned(part, headlines), hiddenByEarlier, memory);
            if (printable(part, headlines, decision) && best.unprotectable().containsAll(decision.unprotectable())
                    && cost(decision, current) < cost(best, current)) {
                best = decision;
                pinned = headlines;
            }
        }
        boolean improved = true;
        while (improved) {
            improved = false;
            for (String candidate : secondaryCells(best)) {
                // Within a single group the smallest part is already the cheapest choice.
                if (!best.isSuppressed(candidate) || memberships.getOrDefault(candidate, 0) < 2) {
                    continue;
                }
                Set<String> trial = new TreeSet<>(pinned);
                trial.add(candidate);
                SuppressionDecision decision = protection.protect(TableComponents.pinned(part, trial), hiddenByEarlier, memory);
                if (printable(part, trial, decision) && best.unprotectable().containsAll(decision.unprotectable())
                        && cost(decision, current) < cost(best, current)) {
                    best = decision;
                    pinned = trial;
                    improved = true;
                }
            }
        }
        return best;
    }

    /**
     * Whether a trial that kept {@code pinned} shown can be printed so: a kept numerator whose row's
     * denominator the trial hides would go unprinted after all, which the trial did not audit.
     */
    private static boolean printable(CellTable part, Set<String> pinned, SuppressionDecision decision) {
        return part.shownWith().entrySet().stream()
                .noneMatch(e -> pinned.contains(e.getKey()) && decision.isSuppressed(e.getValue()));
    }

    private CellTable table(Map<String, Map<String, RawValue>> byPeriod, List<String> periods,
                            Map<String, SuppressionDecision> decided) {
        Table table = new Table();
        // Earlier half-years bring what ties them to this one: cumulative counts and the counts of their steps.
        Predicate<String> cumulative = id -> links.isCumulative(id) || links.isStepIncrease(id);
        for (String earlier : periods.subList(0, periods.size() - 1)) {
            SuppressionDecision decision = decided.get(earlier);
            table.add(rows(byPeriod, earlier), cumulative, false,
                    id -> decision.isSuppressed(id) ? Cell.Visibility.WITHHELD : Cell.Visibility.ALREADY_PUBLISHED);
        }
        table.add(rows(byPeriod, periods.get(periods.size() - 1)), id -> true, true, id -> Cell.Visibility.TO_PUBLISH);
        for (int j = 1; j < periods.size(); j++) {
            table.addIncreases(periods.get(j - 1), periods.get(j), rows(byPeriod, periods.get(j)));
        }
        return table.build();
    }

    private static List<String> secondaryCells(SuppressionDecision decision) {
        return decision.reasons().entrySet().stream()
                .filter(e -> e.getValue() == SuppressionReason.SECONDARY)
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparing((String id) -> !isHeadline(id)).thenComparing(id -> id))
                .toList();
    }

    private static boolean isHeadline(String cellId) {
        return cellId.contains("|all|");
    }

    /**
     * What a decision costs the reader: each figure it hides, a headline ({@code all}) figure counting as
     * {@value #HEADLINE_WEIGHT}, and a little for each hidden count so that, at equal loss of figures,
     * denominators stay shown.
     */
    private static double cost(SuppressionDecision decision, Map<String, RawValue> rows) {
        double cost = 0;
        for (RawValue row : rows.values()) {
            boolean numerator = decision.isSuppressed(CellIds.numerator(row));
            boolean denominator = decision.isSuppressed(CellIds.denominator(row));
            if (numerator || denominator || decision.isSuppressed(CellIds.value(row))) {
                cost += row.breakdown().equals(Breakdown.ALL_TEXT) ? HEADLINE_WEIGHT : 1;
            }
            cost += (numerator ? 0.1 : 0) + (denominator ? 0.1 : 0);
        }
        return cost;
    }

    private static Map<String, RawValue> rows(Map<String, Map<String, RawValue>> byPeriod, String period) {
        return byPeriod.getOrDefault(period, Map.of());
    }

    /** The cells, groups and derived figures of one decision, as they are collected. */
    private final class Table {

        private final Map<String, Cell> cells = new LinkedHashMap<>();
        private final List<AdditiveCells> groups = new ArrayList<>();
        private final List<DerivedCell> derived = new ArrayList<>();
        private final Map<String, String> shownWith = new HashMap<>();

        CellTable build() {
            return new CellTable(List.copyOf(cells.values()), groups, derived, shownWith);
        }

        /**
         * Adds a period's rows of the included indicators: the period being decided with the figures it
         * publishes, an earlier one with its counts and their relations only (a share's complement made
         * explicit, as protection does for the figures it publishes).
         */
        void add(Map<String, RawValue> rows, Predicate<String> included, boolean deciding,
                 Function<String, Cell.Visibility> visibility) {
            List<RawValue> chosen = rows.values().stream().filter(r -> included.test(r.indicator())).toList();
            for (RawValue row : chosen) {
                addCells(row, visibility, deciding);
            }
            Map<String, RawValue> index = new HashMap<>();
            chosen.forEach(r -> index.put(CellIds.row(r.indicator(), r.breakdown()), r));
            for (RawValue total : chosen) {
                IndicatorInput input = indicators.get(total.indicator());
                List<se.vinr.indicators.AdditiveGroup> declared = new ArrayList<>(input.additive());
                declared.addAll(links.assumedAdditive(input.id()));
                for (se.vinr.indicators.AdditiveGroup group : declared) {
                    Breakdown totalBreakdown = Breakdown.parse(total.breakdown());
                    if (group.isTotal(totalBreakdown)) {
                        List<RawValue> parts = chosen.stream()
                                .filter(r -> r.indicator().equals(total.indicator())
                                        && group.isPartOf(Breakdown.parse(r.breakdown()), totalBreakdown))
                                .toList();
                        addSum(total, parts, CountLinks.Part.NUMERATOR);
                        addSum(total, parts, CountLinks.Part.DENOMINATOR);
                    }
                }
            }
            for (CountLinks.Link link : links.links()) {
                boolean allIncluded = included.test(link.total().indicator())
                        && link.parts().stream().allMatch(p -> included.test(p.indicator()));
                if (allIncluded) {
                    addLink(link, index);
                }
            }
            for (CountLinks.Mirror mirror : links.mirrors()) {
                if (included.test(mirror.first()) && included.test(mirror.second())) {
                    addMirror(mirror, chosen, index);
                }
            }
            for (CountLinks.Within within : links.within()) {
                if (included.test(within.whole().indicator()) && included.test(within.part().indicator())) {
                    addWithin(index.get(CellIds.row(within.whole().indicator(), within.whole().breakdown())),
                            within.whole().part(),
                            index.get(CellIds.row(within.part().indicator(), within.part().breakdown())),
                            within.part().part());
                }
            }
            for (RawValue row : chosen) {
                Breakdown breakdown = Breakdown.parse(row.breakdown());
                Optional<String> key = links.subsetKey(row.indicator());
                if (key.isPresent() && breakdown.parts().size() == 1 && breakdown.has(key.get())) {
                    addWithin(index.get(CellIds.row(row.indicator(), Breakdown.ALL_TEXT)), CountLinks.Part.NUMERATOR, row,
                            CountLinks.Part.NUMERATOR);
                }
            }
        }

        /** The whole as the part and the unpublished rest, when both counts exist and the part fits. */
        private void addWithin(RawValue whole, CountLinks.Part wholePart, RawValue part, CountLinks.Part partPart) {
            if (whole == null || part == null) {
                return;
            }
            Cell outer = cells.get(CellIds.cell(whole, wholePart));
            Cell inner = cells.get(CellIds.cell(part, partPart));
            if (outer == null || inner == null || inner.count() > outer.count()) {
                return;
            }
            String rest = outer.id() + "#less#" + inner.id();
            cells.put(rest, Cell.unpublished(rest, outer.count() - inner.count()));
            groups.add(AdditiveCells.of(outer.id(), inner.id(), rest));
        }

        private void addCells(RawValue row, Function<String, Cell.Visibility> visibility, boolean deciding) {
            IndicatorInput input = indicators.get(row.indicator());
            Unit unit = input.definition().unit();
            String n = CellIds.numerator(row);
            String d = CellIds.denominator(row);
            String v = CellIds.value(row);
            Long numerator = numeratorCount(unit, row);
            // An expected count is computed from public populations and rates, like a population: no cell.
            Long denominator = input.denominatorCounted() ? denominatorCount(unit, row) : null;
            if (numerator != null) {
                cells.put(n, new Cell(n, numerator, visibility.apply(n)));
            }
            if (denominator != null) {
                cells.put(d, new Cell(d, denominator, visibility.apply(d)));
            }
            if (deciding && numerator != null && denominator != null) {
                // A row whose denominator is hidden is printed without its numerator (IndicatorStatistics).
                shownWith.put(n, d);
            }
            boolean share = unit == Unit.PERCENT && numerator != null && denominator != null;
            // Trained persons who have left can make a share exceed its denominator: the excess is then
            // the count that the share tells beside its two published counts.
            boolean overFull = share && numerator > denominator;
            if (overFull) {
                String excess = v + "#excess";
                cells.put(excess, Cell.unpublished(excess, numerator - denominator));
                groups.add(AdditiveCells.of(n, d, excess));
            }
            if (!deciding) {
                if (share && !overFull) {
                    String complement = v + "#complement";
                    cells.put(complement, Cell.unpublished(complement, denominator - numerator));
                    groups.add(AdditiveCells.of(d, n, complement));
                }
                return;
            }
            if (share && !overFull) {
                derived.add(DerivedCell.share(v, n, d));
            } else if (unit == Unit.DAYS && denominator != null) {
                derived.add(DerivedCell.fromCount(v, d));
            } else if (numerator != null) {
                derived.add(DerivedCell.fromCount(v, n));
            }
        }

        private void addSum(RawValue total, List<RawValue> parts, CountLinks.Part part) {
            String totalId = CellIds.cell(total, part);
            if (parts.isEmpty() || !cells.containsKey(totalId)) {
                return;
            }
            List<String> partIds = parts.stream().map(p -> CellIds.cell(p, part)).toList();
            if (partIds.stream().allMatch(cells::containsKey)) {
                groups.add(new AdditiveCells(totalId, partIds));
            }
        }

        private void addLink(CountLinks.Link link, Map<String, RawValue> index) {
            RawValue total = index.get(CellIds.row(link.total().indicator(), link.total().breakdown()));
            if (total == null || !cells.containsKey(CellIds.cell(total, link.total().part()))) {
                return;
            }
            List<String> parts = new ArrayList<>();
            for (CountLinks.Ref ref : link.parts()) {
                RawValue row = index.get(CellIds.row(ref.indicator(), ref.breakdown()));
                if (row == null) {
                    continue;
                }
                String id = CellIds.cell(row, ref.part());
                if (!cells.containsKey(id)) {
                    return;
                }
                parts.add(id);
            }
            if (!parts.isEmpty()) {
                groups.add(new AdditiveCells(CellIds.cell(total, link.total().part()), parts));
            }
        }

        private void addMirror(CountLinks.Mirror mirror, List<RawValue> chosen, Map<String, RawValue> index) {
            for (RawValue first : chosen) {
                if (!first.indicator().equals(mirror.first())) {
                    continue;
                }
                RawValue second = index.get(CellIds.row(mirror.second(), first.breakdown()));
                String a = CellIds.cell(first, mirror.part());
                if (second != null && cells.containsKey(a) && cells.containsKey(CellIds.cell(second, mirror.part()))) {
                    groups.add(AdditiveCells.of(a, CellIds.cell(second, mirror.part())));
                }
            }
        }

        /** The increase of each cumulative numerator from {@code before} to {@code after}, as an unpublished count. */
        void addIncreases(String before, String after, Map<String, RawValue> afterRows) {
            for (RawValue row : afterRows.values()) {
                if (!links.isCumulative(row.indicator())) {
                    continue;
                }
                String now = CellIds.numerator(row);
                String then = CellIds.numerator(row.indicator(), before, row.breakdown());
                Cell current = cells.get(now);
                Cell previous = cells.get(then);
                if (current == null || previous == null) {
                    continue;
                }
                String change = now + "#change";
                cells.put(change, Cell.unpublished(change, Math.abs(current.count() - previous.count())));
                // Oriented so that the change is a part: a department's count can fall when trained
                // persons move to another department.
                groups.add(current.count() >= previous.count() ? AdditiveCells.of(now, then, change)
                        : AdditiveCells.of(then, now, change));
                if (current.count() >= previous.count()) {
                    addStep(row, after, change);
                }
            }
        }

        /** The declared count of the half-year that equals the rise (courses completed, persons trained). */
        private void addStep(RawValue row, String period, String change) {
            for (CountLinks.Step step : links.steps()) {
                CountLinks.Ref cumulative = step.cumulative();
                boolean matches = cumulative.indicator().equals(row.indicator())
                        && cumulative.breakdown().equals(row.breakdown()) && cumulative.part() == CountLinks.Part.NUMERATOR;
                String increase = CellIds.base(step.increase().indicator(), period, step.increase().breakdown()) + "|"
                        + step.increase().part().suffix();
                if (matches && cells.containsKey(increase)) {
                    groups.add(AdditiveCells.of(change, increase));
                }
            }
        }
    }

    private static Long numeratorCount(Unit unit, RawValue row) {
        return unit == Unit.DAYS || row.numerator() == null ? null : Math.round(row.numerator());
    }

    private static Long denominatorCount(Unit unit, RawValue row) {
        boolean counted = unit == Unit.PERCENT || unit == Unit.RATIO || unit == Unit.DAYS;
        return counted && row.denominator() != null ? Math.round(row.denominator()) : null;
    }

    /** Ids of the cells of one row: {@code indicator|period|breakdown|n}, {@code …|d} and {@code …|v}. */
    public static final class CellIds {

        private CellIds() {
        }

        public static String base(String indicator, String period, String breakdown) {
            return indicator + "|" + period + "|" + breakdown;
        }

        public static String row(String indicator, String breakdown) {
            return indicator + "|" + breakdown;
        }

        public static String numerator(RawValue row) {
            return numerator(row.indicator(), row.period(), row.breakdown());
        }

        public static String numerator(String indicator, String period, String breakdown) {
            return base(indicator, period, breakdown) + "|n";
        }

        public static String denominator(RawValue row) {
            return base(row.indicator(), row.period(), row.breakdown()) + "|d";
        }

        public static String value(RawValue row) {
            return base(row.indicator(), row.period(), row.breakdown()) + "|v";
        }

        public static String cell(RawValue row, CountLinks.Part part) {
            return base(row.indicator(), row.period(), row.breakdown()) + "|" + part.suffix();
        }
    }
}
