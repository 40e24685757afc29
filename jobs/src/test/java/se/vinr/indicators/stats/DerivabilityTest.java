package se.vinr.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DerivabilityTest {

    @Test
    void derivesTheOnlyHiddenCellOfAGroup() {
        assertThat(new Derivability(List.of(AdditiveGroup.of("t", "a", "b"))).derivable(Set.of("a"))).containsExactly("a");
    }

    @Test
    void cannotDeriveTwoHiddenCellsOfOneGroup() {
        assertThat(new Derivability(List.of(AdditiveGroup.of("t", "a", "b"))).derivable(Set.of("a", "b"))).isEmpty();
    }

    @Test
    void cannotDeriveTheFourCellsOfASuppressedRectangle() {
        // Rows r1 = a + b, r2 = c + d; columns k1 = a + c, k2 = b + d: rank 3 for 4 unknowns.
        List<AdditiveGroup> table = List.of(
                AdditiveGroup.of("r1", "a", "b"), AdditiveGroup.of("r2", "c", "d"),
                AdditiveGroup.of("k1", "a", "c"), AdditiveGroup.of("k2", "b", "d"));

        assertThat(new Derivability(table).derivable(Set.of("a", "b", "c", "d"))).isEmpty();
    }

    @Test
    void derivesCellsThatOnlyACycleOfGroupsReveals() {
        // t1 = a + b, t2 = a + c, t3 = b + c: each group has two unknowns, yet a = (t1 + t2 − t3)/2.
        List<AdditiveGroup> cycle = List.of(
                AdditiveGroup.of("t1", "a", "b"), AdditiveGroup.of("t2", "a", "c"), AdditiveGroup.of("t3", "b", "c"));

        assertThat(new Derivability(cycle).derivable(Set.of("a", "b", "c"))).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void followsAChainOfGroups() {
        // y = h1 + h2 with y hidden; h1 = k + m: once h1 is known from its parts, y and h2 still are not.
        List<AdditiveGroup> chain = List.of(AdditiveGroup.of("y", "h1", "h2"), AdditiveGroup.of("h1", "k", "m"));

        assertThat(new Derivability(chain).derivable(Set.of("y", "h1", "h2"))).containsExactly("h1");
    }
}
