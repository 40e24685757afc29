package se.vinr.publish.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SmallNumberProtectionTest {

    private final SmallNumberProtection protection = new SmallNumberProtection();

    @Test
    void hidesCountsFromOneToFourAndShowsZeroAndFive() {
        CellTable table = table(List.of(
                Cell.toPublish("zero", 0), Cell.toPublish("one", 1), Cell.toPublish("four", 4),
                Cell.toPublish("five", 5)), List.of());

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.reasons()).containsOnly(
                entry("one", SuppressionReason.PRIMARY), entry("four", SuppressionReason.PRIMARY));
    }

    /** 1 + 4 = 5 with both hidden: each of them can be 1 to 4, four values, and no cell is left to hide. */
    @Test
    void takesTheProtectionLevelFromItsConfiguration() {
        CellTable table = table(List.of(Cell.alreadyPublished("all", 5), Cell.toPublish("a", 1), Cell.toPublish("b", 4)),
                List.of(AdditiveCells.of("all", "a", "b")));

        assertThat(new SmallNumberProtection(5, 4).protect(table).unprotectable()).isEmpty();
        assertThat(new SmallNumberProtection(5, 5).protect(table).unprotectable()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void takesTheThresholdFromItsConfiguration() {
        CellTable table = table(List.of(Cell.toPublish("two", 2), Cell.toPublish("three", 3)), List.of());

        assertThat(new SmallNumberProtection(3).protect(table).suppressed()).containsExactly("two");
    }

    /**
     * A share of 16 in 28, whose denominator must go (28 = 24 already published + 4): its row then prints no
     * numerator, but the same 16 is published under a linked indicator, which pins it. The numerator counts
     * as hidden, and protection hides its twin rather than keep a hidden cell anyone can work out.
     */
    @Test
    void aNumeratorLeftOutBesideAHiddenDenominatorIsNotPinnedByItsTwin() {
        CellTable table = new CellTable(List.of(Cell.toPublish("n", 16), Cell.toPublish("d", 28),
                Cell.alreadyPublished("victims", 24), Cell.toPublish("children", 4), Cell.toPublish("twin", 16)),
                List.of(AdditiveCells.of("d", "victims", "children"), AdditiveCells.of("twin", "n")),
                List.of(DerivedCell.share("share", "n", "d")), java.util.Map.of("n", "d"));

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.reasons()).contains(entry("children", SuppressionReason.PRIMARY),
                entry("d", SuppressionReason.SECONDARY), entry("n", SuppressionReason.DERIVED),
                entry("share", SuppressionReason.DERIVED), entry("twin", SuppressionReason.SECONDARY));
        assertThat(decision.unprotectable()).isEmpty();
    }

    /** Without the denominator hidden, the numerator is printed and its twin may stay. */
    @Test
    void aNumeratorPrintedBesideItsDenominatorLeavesItsTwinShown() {
        CellTable table = new CellTable(List.of(Cell.toPublish("n", 16), Cell.toPublish("d", 28),
                Cell.toPublish("twin", 16)), List.of(AdditiveCells.of("twin", "n")),
                List.of(DerivedCell.share("share", "n", "d")), java.util.Map.of("n", "d"));

        assertThat(protection.protect(table).reasons()).isEmpty();
    }

    @Test
    void hidesTheNextSmallestPartSoThatASuppressedPartCannotBeSubtracted() {
        CellTable table = table(List.of(
                Cell.toPublish("all", 20), Cell.toPublish("victim", 3), Cell.toPublish("perpetrator", 7),
                Cell.toPublish("child_witness", 10)), List.of(AdditiveCells.of("all", "victim", "perpetrator", "child_witness")));

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.reasons()).containsOnly(
                entry("victim", SuppressionReason.PRIMARY), entry("perpetrator", SuppressionReason.SECONDARY));
        assertNotDerivable(table, decision, "victim");
    }

    /** 32 where 31 was first published: hidden, and its sum protected like a small count's, so 32 stays unknown. */
    @Test
    void hidesACellAnEarlierPublicationRequiresAndProtectsItsSums() {
        CellTable table = table(List.of(
                Cell.toPublish("all", 50), Cell.toPublish("victim", 32), Cell.toPublish("perpetrator", 8),
                Cell.toPublish("child_witness", 10), Cell.toPublish("zero", 0)),
                List.of(AdditiveCells.of("all", "victim", "perpetrator", "child_witness", "zero")));

        SuppressionDecision decision = protection.protect(table, Set.of("victim", "zero", "unknown"));

        assertThat(decision.reasons()).containsOnly(
                entry("victim", SuppressionReason.EARLIER_PUBLICATION), entry("perpetrator", SuppressionReason.SECONDARY));
        assertNotDerivable(table, decision, "victim");
    }

    @Test
    void neverHidesAPartOfZero() {
        CellTable table = table(List.of(
                Cell.toPublish("all", 13), Cell.toPublish("victim", 3), Cell.toPublish("perpetrator", 0),
                Cell.toPublish("child_witness", 10)), List.of(AdditiveCells.of("all", "victim", "perpetrator", "child_witness")));

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.isSuppressed("perpetrator")).isFalse();
        assertThat(decision.reasons()).containsOnly(
                entry("victim", SuppressionReason.PRIMARY), entry("child_witness", SuppressionReason.SECONDARY));
    }

    @Test
    void hidesTheTotalWhenNoOtherPartCanBeHidden() {
        CellTable table = table(List.of(
                Cell.toPublish("all", 12), Cell.toPublish("victim", 3), Cell.toPublish("perpetrator", 0),
                Cell.alreadyPublished("child_witness", 9)), List.of(AdditiveCells.of("all", "victim", "perpetrator", "child_witness")));

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.reasons()).containsOnly(
                entry("victim", SuppressionReason.PRIMARY), entry("all", SuppressionReason.SECONDARY));
    }

    /**
     * Role × sex with both margins: hiding victim_M (3) forces victim_K in the victim row, which leaves
     * victim_K alone in the K column and forces perpetrator_K, and so on to the suppressed rectangle.
     */
    @Test
    void propagatesThroughOverlappingGroupsToAFixedPoint() {
        CellTable table = table(List.of(
                        Cell.toPublish("victim_K", 20), Cell.toPublish("victim_M", 3),
                        Cell.toPublish("perpetrator_K", 6), Cell.toPublish("perpetrator_M", 25),
                        Cell.toPublish("victim", 23), Cell.toPublish("perpetrator", 31),
                        Cell.toPublish("K", 26), Cell.toPublish("M", 28), Cell.toPublish("all", 54)),
                List.of(AdditiveCells.of("victim", "victim_K", "victim_M"),
                        AdditiveCells.of("perpetrator", "perpetrator_K", "perpetrator_M"),
                        AdditiveCells.of("K", "victim_K", "perpetrator_K"),
                        AdditiveCells.of("M", "victim_M", "perpetrator_M"),
                        AdditiveCells.of("all", "victim", "perpetrator"),
                        AdditiveCells.of("all", "K", "M")));

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.reasons()).containsOnly(
                entry("victim_M", SuppressionReason.PRIMARY),
                entry("victim_K", SuppressionReason.SECONDARY),
                entry("perpetrator_K", SuppressionReason.SECONDARY),
                entry("perpetrator_M", SuppressionReason.SECONDARY));
        assertNotDerivable(table, decision, "victim_M");
    }

    @Test
    void protectsASmallHalfYearInsideAYearFigure() {
        CellTable table = table(List.of(
                Cell.toPublish("2026", 40), Cell.toPublish("2026H1", 37), Cell.toPublish("2026H2", 3)),
                List.of(AdditiveCells.of("2026", "2026H1", "2026H2")));

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.reasons()).containsOnly(
                entry("2026H2", SuppressionReason.PRIMARY), entry("2026H1", SuppressionReason.SECONDARY));
    }

    @Test
    void hidesTheYearFigureWhenTheFirstHalfWasPublishedBefore() {
        CellTable table = table(List.of(
                Cell.toPublish("2026", 40), Cell.alreadyPublished("2026H1", 37), Cell.toPublish("2026H2", 3)),
                List.of(AdditiveCells.of("2026", "2026H1", "2026H2")));

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.reasons()).containsOnly(
                entry("2026H2", SuppressionReason.PRIMARY), entry("2026", SuppressionReason.SECONDARY));
        assertThat(decision.unprotectable()).isEmpty();
    }

    @Test
    void hidesACumulativeFigureThatGrewByASmallNumberSinceTheLastPublishedOne() {
        CellTable table = table(List.of(
                Cell.toPublish("trained_2026H2", 42), Cell.alreadyPublished("trained_2026H1", 40),
                Cell.unpublished("trained_during_2026H2", 2)),
                List.of(AdditiveCells.of("trained_2026H2", "trained_2026H1", "trained_during_2026H2")));

        assertThat(protection.protect(table).reasons()).containsOnly(entry("trained_2026H2", SuppressionReason.SECONDARY));
    }

    @Test
    void showsACumulativeFigureThatGrewByEnough() {
        CellTable table = table(List.of(
                Cell.toPublish("trained_2026H2", 47), Cell.alreadyPublished("trained_2026H1", 40),
                Cell.unpublished("trained_during_2026H2", 7)),
                List.of(AdditiveCells.of("trained_2026H2", "trained_2026H1", "trained_during_2026H2")));

        assertThat(protection.protect(table).suppressed()).isEmpty();
    }

    @Test
    void reportsASmallCountThatEarlierPublicationsAlreadyReveal() {
        CellTable table = table(List.of(
                Cell.alreadyPublished("2026", 40), Cell.alreadyPublished("2026H1", 37), Cell.toPublish("2026H2", 3)),
                List.of(AdditiveCells.of("2026", "2026H1", "2026H2")));

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.reasons()).containsOnly(entry("2026H2", SuppressionReason.PRIMARY));
        assertThat(decision.unprotectable()).containsExactly("2026H2");
    }

    /**
     * t1 = a + b, t2 = a + c, t3 = b + c: the group rule hides b and c for a, yet a = (t1 + t2 − t3)/2;
     * the audit hides one total as well.
     */
    @Test
    void closesADisclosureThatOnlyACombinationOfGroupsReveals() {
        CellTable table = table(List.of(
                        Cell.toPublish("a", 3), Cell.toPublish("b", 8), Cell.toPublish("c", 9),
                        Cell.toPublish("t1", 11), Cell.toPublish("t2", 12), Cell.toPublish("t3", 17)),
                List.of(AdditiveCells.of("t1", "a", "b"), AdditiveCells.of("t2", "a", "c"), AdditiveCells.of("t3", "b", "c")));

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.reasons()).containsOnly(
                entry("a", SuppressionReason.PRIMARY), entry("b", SuppressionReason.SECONDARY),
                entry("c", SuppressionReason.SECONDARY), entry("t1", SuppressionReason.SECONDARY));
        assertNotDerivable(table, decision, "a");
    }

    @Test
    void hidesAShareComputedFromASmallNumerator() {
        CellTable table = new CellTable(
                List.of(Cell.toPublish("asked", 3), Cell.toPublish("contacts", 50)),
                List.of(),
                List.of(DerivedCell.share("screening_rate", "asked", "contacts")));

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.reasons()).containsOnly(
                entry("asked", SuppressionReason.PRIMARY), entry("screening_rate", SuppressionReason.DERIVED));
    }

    @Test
    void hidesAShareWhoseComplementIsSmallButKeepsTheDenominator() {
        // 97 of 100 asked would tell that 3 were not.
        CellTable table = new CellTable(
                List.of(Cell.toPublish("asked", 97), Cell.toPublish("contacts", 100)),
                List.of(),
                List.of(DerivedCell.share("screening_rate", "asked", "contacts")));

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.reasons()).containsOnly(
                entry("asked", SuppressionReason.SECONDARY), entry("screening_rate", SuppressionReason.DERIVED));
    }

    @Test
    void showsAShareOfAHundredPercent() {
        CellTable table = new CellTable(
                List.of(Cell.toPublish("asked", 100), Cell.toPublish("contacts", 100)),
                List.of(),
                List.of(DerivedCell.share("screening_rate", "asked", "contacts")));

        assertThat(protection.protect(table).suppressed()).isEmpty();
    }

    @Test
    void hidesARateComputedFromAHiddenCount() {
        CellTable table = new CellTable(
                List.of(Cell.toPublish("all", 20), Cell.toPublish("K", 17), Cell.toPublish("M", 3)),
                List.of(AdditiveCells.of("all", "K", "M")),
                List.of(DerivedCell.fromCount("rate_K", "K"), DerivedCell.fromCount("rate_M", "M"),
                        DerivedCell.fromCount("rate_all", "all")));

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.reasons()).containsOnly(
                entry("M", SuppressionReason.PRIMARY), entry("K", SuppressionReason.SECONDARY),
                entry("rate_M", SuppressionReason.DERIVED), entry("rate_K", SuppressionReason.DERIVED));
    }

    @Test
    void refusesAGroupThatNamesAnUnknownCell() {
        assertThatThrownBy(() -> table(List.of(Cell.toPublish("all", 3)), List.of(AdditiveCells.of("all", "missing"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void refusesAShareOfAnUnpublishedCount() {
        assertThatThrownBy(() -> new CellTable(
                List.of(Cell.unpublished("asked", 7), Cell.toPublish("contacts", 9)), List.of(),
                List.of(DerivedCell.share("screening_rate", "asked", "contacts"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CellTable table(List<Cell> cells, List<AdditiveCells> groups) {
        return new CellTable(cells, groups, List.of());
    }

    private static void assertNotDerivable(CellTable table, SuppressionDecision decision, String id) {
        Set<String> hidden = new HashSet<>(decision.suppressed());
        table.cells().stream().filter(Cell::isUnknownToReader).forEach(cell -> hidden.add(cell.id()));
        assertThat(new Derivability(table.groups()).derivable(hidden)).doesNotContain(id);
    }
}
