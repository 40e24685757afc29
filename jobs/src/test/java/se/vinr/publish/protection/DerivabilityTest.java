package se.vinr.publish.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DerivabilityTest {

    @Test
    void derivesTheOnlyHiddenCellOfAGroup() {
        assertThat(new Derivability(List.of(AdditiveCells.of("t", "a", "b"))).derivable(Set.of("a"))).containsExactly("a");
    }

    @Test
    void cannotDeriveTwoHiddenCellsOfOneGroup() {
        assertThat(new Derivability(List.of(AdditiveCells.of("t", "a", "b"))).derivable(Set.of("a", "b"))).isEmpty();
    }

    @Test
    void cannotDeriveTheFourCellsOfASuppressedRectangle() {
        // Rows r1 = a + b, r2 = c + d; columns k1 = a + c, k2 = b + d: rank 3 for 4 unknowns.
        List<AdditiveCells> table = List.of(
                AdditiveCells.of("r1", "a", "b"), AdditiveCells.of("r2", "c", "d"),
                AdditiveCells.of("k1", "a", "c"), AdditiveCells.of("k2", "b", "d"));

        assertThat(new Derivability(table).derivable(Set.of("a", "b", "c", "d"))).isEmpty();
    }

    @Test
    void derivesCellsThatOnlyACycleOfGroupsReveals() {
        // t1 = a + b, t2 = a + c, t3 = b + c: each group has two unknowns, yet a = (t1 + t2 − t3)/2.
        List<AdditiveCells> cycle = List.of(
                AdditiveCells.of("t1", "a", "b"), AdditiveCells.of("t2", "a", "c"), AdditiveCells.of("t3", "b", "c"));

        assertThat(new Derivability(cycle).derivable(Set.of("a", "b", "c"))).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void followsAChainOfGroups() {
        // y = h1 + h2 with y hidden; h1 = k + m: once h1 is known from its parts, y and h2 still are not.
        List<AdditiveCells> chain = List.of(AdditiveCells.of("y", "h1", "h2"), AdditiveCells.of("h1", "k", "m"));

        assertThat(new Derivability(chain).derivable(Set.of("y", "h1", "h2"))).containsExactly("h1");
    }
}
