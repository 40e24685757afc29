package se.vinr.publish.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.vinr.publish.protection.AdditiveCells;
import se.vinr.publish.protection.Cell;
import se.vinr.publish.protection.CellTable;
import se.vinr.publish.protection.DerivedCell;

class TableComponentsTest {

    @Test
    void keepsCellsThatShareAGroupOrAShareTogether() {
        CellTable table = new CellTable(List.of(Cell.toPublish("all", 10), Cell.toPublish("a", 6),
                Cell.toPublish("b", 4), Cell.toPublish("n", 3), Cell.toPublish("d", 9), Cell.toPublish("alone", 7)),
                List.of(AdditiveCells.of("all", "a", "b")), List.of(DerivedCell.share("v", "n", "d")));

        List<CellTable> parts = TableComponents.of(table);

        assertThat(parts).extracting(p -> p.cells().stream().map(Cell::id).toList())
                .containsExactlyInAnyOrder(List.of("all", "a", "b"), List.of("n", "d"), List.of("alone"));
    }

    @Test
    void letsNoPublishedCellJoinTwoParts() {
        // The published 39 is known to everyone: the two increases around it are separate questions.
        CellTable table = new CellTable(List.of(Cell.unpublished("2024H1", 37), Cell.alreadyPublished("2024H2", 39),
                Cell.toPublish("2025H1", 41), Cell.unpublished("up1", 2), Cell.unpublished("up2", 2)),
                List.of(AdditiveCells.of("2024H2", "2024H1", "up1"), AdditiveCells.of("2025H1", "2024H2", "up2")),
                List.of());

        List<CellTable> parts = TableComponents.of(table);

        assertThat(parts).extracting(p -> p.cells().stream().map(Cell::id).sorted().toList())
                .containsExactlyInAnyOrder(List.of("2024H1", "2024H2", "up1"), List.of("2024H2", "2025H1", "up2"));
    }
}
