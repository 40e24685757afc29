package se.vinr.publish.protection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Small-number protection of a published table (docs/contract.md#6-small-number-protection): no count from 1 to
 * threshold − 1, nothing computed from one, and no cell derivable from published totals. Zero is shown.
 *
 * <ol>
 *   <li><b>Primary</b>: every cell to publish with a count from 1 to threshold − 1.</li>
 *   <li><b>Complements of shares</b>: a share x of n also publishes n − x, the count of the other
 *       persons (e.g. victims <i>without</i> a risk assessment). That complement is treated as an
 *       unpublished cell of the group n = x + (n − x): when it is 1 to threshold − 1, the group rule
 *       below hides x, so the share is hidden while n stays shown. A share of 100 % (complement 0) is
 *       shown, as zero is.</li>
 *   <li><b>Secondary</b>, per additive group (total plus parts): when exactly one cell of the group is
 *       hidden and it needs protecting (it is suppressed, or it is an unpublished small count), the
 *       smallest non-zero part still shown is hidden too (ties by id), or the total when no such part
 *       remains. Cells already published elsewhere cannot be hidden and are never chosen. Repeated
 *       until no group changes, since one cell may belong to several groups.</li>
 *   <li><b>Audit</b>: the group rule looks at one group at a time; a combination of groups (a cycle)
 *       can still pin a small count down. {@link Derivability} checks every linear combination; a
 *       small count still derivable gets one more cell hidden, the smallest shown non-zero cell
 *       connected to it whose hiding breaks the derivation (else the smallest connected one), and
 *       the group rule and the audit run again. A small count that figures already published
 *       reveal is reported as unprotectable.</li>
 *   <li><b>Interval audit</b>: what a reader can bound, not only derive. {@link IntervalAudit} gives each
 *       hidden cell its feasible interval by linear programming over every group, with the bounds a reader
 *       knows (a hidden published count is at least 1, since zeros are shown; no count is negative; a
 *       share's numerator is at most its denominator, through the complement). The pattern stands only
 *       when no hidden published count is pinned to one value and every small count (the primary cells,
 *       and small counts never published: complements, increases, rests) keeps at least the protection
 *       level of feasible integer values (default {@value #DEFAULT_PROTECTION_LEVEL}). Otherwise the
 *       smallest shown non-zero cell connected to the failing one whose hiding gives it enough values is
 *       hidden (else the smallest connected one), and everything runs again. Small counts are audited
 *       first; once they all pass, a secondary cell of threshold or more that the reader pins down
 *       protects nothing and is shown instead (and everything is audited again); a cell pinned by figures
 *       already published is reported as unprotectable.</li>
 *   <li><b>Derived</b>: a share, rate, ratio, median or interval is hidden when a count it is
 *       computed from is hidden.</li>
 * </ol>
 * A count printed only beside another ({@link CellTable#shownWith()}: a share's numerator, which a row whose
 * denominator is hidden leaves empty) counts as hidden in every step above whenever that cell is hidden,
 * and gets {@link SuppressionReason#DERIVED}: the audit then judges what the reader actually gets, and such
 * a numerator, when other figures pin it down (the same count published under a linked indicator), makes
 * protection hide more: a hidden cell that a reader can work out exactly is not kept.
 */
public final class SmallNumberProtection {

    public static final int DEFAULT_THRESHOLD = 5;

    /**
     * How many integer values the attacker's audit must leave a small count: with 3, a hidden 1 must be
     * feasible as at least 1, 2 and 3 (or other three values) given everything published.
     */
    public static final int DEFAULT_PROTECTION_LEVEL = 3;

    static final String COMPLEMENT_SUFFIX = "#complement";

    private static final Comparator<Cell> SMALLEST = Comparator.comparingLong(Cell::count).thenComparing(Cell::id);

    private final int threshold;
    private final int level;

    public SmallNumberProtection() {
        this(DEFAULT_THRESHOLD);
    }

    public SmallNumberProtection(int threshold) {
        this(threshold, DEFAULT_PROTECTION_LEVEL);
    }

    /**
     * @param threshold the smallest count that may be shown (counts 1 .. threshold − 1 are hidden)
     * @param level how many feasible integer values the audit must leave each small count (at least 2)
     */
    public SmallNumberProtection(int threshold, int level) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the small-number threshold must be at least 1, not " + threshold);
        }
        if (level < 2) {
            throw new IllegalArgumentException("the protection level must be at least 2 feasible values, not " + level);
        }
        this.threshold = threshold;
        this.level = level;
    }

    public SuppressionDecision protect(CellTable table) {
        return protect(table, Set.of());
    }

    /**
     * @param hiddenByEarlier cells an earlier publication requires hidden (hidden there, or revised since by
     *                        a small difference): hidden with {@link SuppressionReason#EARLIER_PUBLICATION} and
     *                        protected like a small count, so that neither their sums nor the audit give them
     *                        away; ids not in the table, and zeros (always shown), are ignored
     */
    public SuppressionDecision protect(CellTable table, Set<String> hiddenByEarlier) {
        return protect(table, hiddenByEarlier, new AuditMemory());
    }

    /**
     * @param memory what the audits of earlier runs on the same table (other cells kept shown) learnt
     */
    SuppressionDecision protect(CellTable table, Set<String> hiddenByEarlier, AuditMemory memory) {
        return new Run(table, hiddenByEarlier, memory).decide();
    }

    /** The mutable working state of one protection run; never escapes {@link #protect}. */
    private final class Run {

        private final Map<String, Cell> cells;
        private final List<AdditiveCells> groups;
        private final List<DerivedCell> derived;
        private final Map<String, String> shownWith;
        private final Map<String, List<AdditiveCells>> groupsOfCell = new HashMap<>();
        private final Map<String, SuppressionReason> reasons = new LinkedHashMap<>();
        private final Set<String> sensitive = new TreeSet<>();
        private final Set<String> unprotectable = new TreeSet<>();
        private final Derivability derivability;
        private final IntervalAudit audit;
        /** Secondary cells shown again because the audit found them pinned: never hidden again. */
        private final Set<String> released = new HashSet<>();

        private final Set<String> hiddenByEarlier;

        Run(CellTable table, Set<String> hiddenByEarlier, AuditMemory memory) {
            this.hiddenByEarlier = hiddenByEarlier;
            cells = new LinkedHashMap<>(table.cellsById());
            groups = new ArrayList<>(table.groups());
            derived = table.derived();
            shownWith = table.shownWith();
            for (DerivedCell share : derived) {
                if (share.isShare()) {
                    addComplement(share);
                }
            }
            for (AdditiveCells group : groups) {
                for (String member : group.members()) {
                    groupsOfCell.computeIfAbsent(member, id -> new ArrayList<>()).add(group);
                }
            }
            derivability = new Derivability(groups);
            audit = new IntervalAudit(groups, id -> cells.get(id).count(), this::lowerBound, memory);
        }

        // Zeros are shown, so a hidden published count is at least 1; a count never published may be 0, and
        // so may a numerator left unprinted beside a hidden denominator, which the reader cannot tell from a
        // hidden one (the bound stays 1 where the count is, which only makes the audit stricter).
        private long lowerBound(String id) {
            Cell cell = cells.get(id);
            boolean published = cell.visibility() == Cell.Visibility.WITHHELD
                    || cell.visibility() == Cell.Visibility.TO_PUBLISH;
            return published ? Math.min(1, cell.count()) : 0;
        }

        private void addComplement(DerivedCell share) {
            Cell numerator = cells.get(share.numeratorId());
            Cell denominator = cells.get(share.denominatorId());
            String id = share.id() + COMPLEMENT_SUFFIX;
            if (cells.putIfAbsent(id, Cell.unpublished(id, denominator.count() - numerator.count())) != null) {
                throw new IllegalArgumentException("the cell id " + id + " is reserved for the complement of the share " + share.id());
            }
            groups.add(AdditiveCells.of(denominator.id(), numerator.id(), id));
        }

        SuppressionDecision decide() {
            for (Cell cell : cells.values()) {
                if (isSmall(cell) && cell.visibility() != Cell.Visibility.ALREADY_PUBLISHED) {
                    sensitive.add(cell.id());
                    if (cell.visibility() == Cell.Visibility.TO_PUBLISH) {
                        reasons.put(cell.id(), SuppressionReason.PRIMARY);
                    }
                }
            }
            for (String id : new TreeSet<>(hiddenByEarlier)) {
                Cell cell = cells.get(id);
                if (cell != null && cell.visibility() == Cell.Visibility.TO_PUBLISH && cell.count() > 0) {
                    // The reader holds the earlier figure: the cell guards a small difference, or a count an
                    // earlier publication hid, and gets the protection of a small count.
                    sensitive.add(id);
                    reasons.putIfAbsent(id, SuppressionReason.EARLIER_PUBLICATION);
                }
            }
            while (true) {
                applyGroupRule();
                Optional<String> exposed = exposedSmallCount();
                if (exposed.isPresent()) {
                    Optional<String> extra = cellThatHides(exposed.get());
                    if (extra.isPresent()) {
                        reasons.put(extra.get(), SuppressionReason.SECONDARY);
                    } else {
                        unprotectable.add(exposed.get());
                    }
                    continue;
                }
                Optional<String> narrow = narrowInterval();
                if (narrow.isEmpty()) {
                    break;
                }
                if (reasons.get(narrow.get()) == SuppressionReason.SECONDARY && !sensitive.contains(narrow.get())
                        && !isWithheld(narrow.get())) {
                    // A secondary cell the reader pins down protects nothing: it is shown instead (the small
                    // counts are all protected by now, see narrowInterval). A count printed only beside it is
                    // printed again, and everything is audited again with it.
                    reasons.remove(narrow.get());
                    released.add(narrow.get());
                    continue;
                }
                Optional<String> extra = cellThatWidens(narrow.get());
                if (extra.isPresent()) {
                    reasons.put(extra.get(), SuppressionReason.SECONDARY);
                } else {
                    unprotectable.add(narrow.get());
                }
            }
            for (String count : shownWith.keySet()) {
                if (isWithheld(count)) {
                    reasons.putIfAbsent(count, SuppressionReason.DERIVED);
                }
            }
            for (DerivedCell figure : derived) {
                boolean fromHidden = isHidden(figure.numeratorId())
                        || (figure.isShare() && isHidden(figure.denominatorId()));
                if (fromHidden) {
                    reasons.put(figure.id(), SuppressionReason.DERIVED);
                }
            }
            return new SuppressionDecision(reasons, unprotectable);
        }

        private void applyGroupRule() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (AdditiveCells group : groups) {
                    List<String> hidden = group.members().stream().filter(this::isHidden).toList();
                    if (hidden.size() != 1 || !needsProtection(hidden.get(0))) {
                        continue;
                    }
                    Optional<Cell> extra = secondaryFor(group, hidden.get(0));
                    if (extra.isPresent()) {
                        reasons.put(extra.get().id(), SuppressionReason.SECONDARY);
                        changed = true;
                    }
                }
            }
        }

        private Optional<Cell> secondaryFor(AdditiveCells group, String hiddenId) {
            Optional<Cell> part = group.partIds().stream()
                    .filter(id -> !id.equals(hiddenId))
                    .map(cells::get)
                    .filter(this::canHide)
                    .min(SMALLEST);
            if (part.isPresent()) {
                return part;
            }
            return Optional.of(cells.get(group.totalId())).filter(this::canHide);
        }

        private Optional<String> exposedSmallCount() {
            Set<String> derivable = derivability.derivable(hiddenIds());
            return sensitive.stream()
                    .filter(derivable::contains)
                    .filter(id -> !unprotectable.contains(id))
                    .findFirst();
        }

        /**
         * The first hidden cell that fails the attacker's audit: a small count with fewer feasible values
         * than the protection level (these first, by id), else any hidden published count pinned to one value.
         */
        private Optional<String> narrowInterval() {
            Set<String> hidden = hiddenIds();
            Set<String> asked = new TreeSet<>();
            for (String id : hidden) {
                if (needsInterval(id)) {
                    asked.add(id);
                }
            }
            // Small counts first: a secondary cell pinned beside a small count that is pinned too must stay
            // available to protect it, not be shown (and so lost) before the small count is looked at.
            Set<String> small = new TreeSet<>(asked);
            small.retainAll(sensitive);
            Optional<String> narrowSmall = audit.firstNarrow(hidden, small, this::required);
            return narrowSmall.isPresent() ? narrowSmall : audit.firstNarrow(hidden, asked, this::required);
        }

        private boolean needsInterval(String id) {
            if (unprotectable.contains(id) || !cells.containsKey(id)) {
                return false;
            }
            return sensitive.contains(id) || lowerBound(id) == 1;
        }

        // A small count needs the protection level; any other hidden published count must not be pinned.
        private long required(String id) {
            return sensitive.contains(id) ? level : 2;
        }

        /**
         * The cell to hide for a cell that fails the audit: the smallest shown non-zero cell connected to
         * it whose hiding gives it enough feasible values (else the smallest connected one).
         */
        private Optional<String> cellThatWidens(String narrow) {
            return firstThatProtects(narrow, hidden -> audit.widens(hidden, narrow, required(narrow)));
        }

        /**
         * The smallest shown non-zero cell connected to {@code cell} whose hiding, added to what is hidden,
         * protects it; else the smallest connected one; empty when none can be hidden.
         *
         * @param protectedBy given the cells hidden now, whether hiding one candidate more protects the cell
         */
        private Optional<String> firstThatProtects(String cell, Function<Set<String>, Predicate<String>> protectedBy) {
            List<Cell> candidates = connectedCells(cell).stream()
                    .map(cells::get)
                    .filter(this::canHide)
                    .sorted(SMALLEST)
                    .toList();
            Predicate<String> protects = protectedBy.apply(hiddenIds());
            for (Cell candidate : candidates) {
                if (protects.test(candidate.id())) {
                    return Optional.of(candidate.id());
                }
            }
            return candidates.stream().findFirst().map(Cell::id);
        }

        private Optional<String> cellThatHides(String exposed) {
            return firstThatProtects(exposed, hidden -> candidate -> {
                Set<String> trial = new HashSet<>(hidden);
                trial.add(candidate);
                return !derivability.isDerivable(trial, exposed);
            });
        }

        private Set<String> connectedCells(String start) {
            Set<String> seen = new HashSet<>(Set.of(start));
            Deque<String> queue = new ArrayDeque<>(seen);
            while (!queue.isEmpty()) {
                for (AdditiveCells group : groupsOfCell.getOrDefault(queue.poll(), List.of())) {
                    for (String member : group.members()) {
                        if (seen.add(member)) {
                            queue.add(member);
                        }
                    }
                }
            }
            return seen;
        }

        private Set<String> hiddenIds() {
            Set<String> hidden = new HashSet<>();
            reasons.keySet().stream().filter(cells::containsKey).forEach(hidden::add);
            cells.values().stream()
                    .filter(Cell::isUnknownToReader)
                    .forEach(cell -> hidden.add(cell.id()));
            shownWith.keySet().stream().filter(this::isWithheld).forEach(hidden::add);
            return hidden;
        }

        /**
         * Whether a count to publish goes unprinted because the cell it is printed beside is hidden (a
         * share's numerator in a row whose denominator is hidden): the reader does not see it, so the
         * audit must not find it pinned down either.
         */
        private boolean isWithheld(String id) {
            String with = shownWith.get(id);
            return with != null && cells.get(id).visibility() == Cell.Visibility.TO_PUBLISH
                    && (reasons.containsKey(with) || cells.get(with).isUnknownToReader());
        }

        private boolean isSmall(Cell cell) {
            return cell.count() >= 1 && cell.count() < threshold;
        }

        private boolean isHidden(String id) {
            return reasons.containsKey(id) || cells.get(id).isUnknownToReader() || isWithheld(id);
        }

        // An unpublished cell that is not small may be derived: nothing about it is secret.
        private boolean needsProtection(String id) {
            return reasons.containsKey(id) || sensitive.contains(id);
        }

        // Zero is shown, and what is already public cannot be taken back.
        private boolean canHide(Cell cell) {
            return cell.visibility() == Cell.Visibility.TO_PUBLISH && cell.count() > 0 && !reasons.containsKey(cell.id())
                    && !released.contains(cell.id()) && !isWithheld(cell.id());
        }
    }
}
