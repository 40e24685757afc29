package se.vinr.publish.protection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.vinr.publish.protection.AdditiveCells;
import se.vinr.publish.protection.Cell;
import se.vinr.publish.protection.CellTable;
import se.vinr.publish.protection.DerivedCell;

/**
 * Splits a table into parts that share no unknown: cells are joined by the additive groups they share
 * (a share's numerator and denominator also by its complement, a count printed only beside another also
 * by that one), except cells already published, which every reader knows and which therefore join nothing
 * (they are copied into each part whose groups use them). What protection hides in one part neither reveals nor protects anything in another, so
 * each part can be protected on its own: the linear algebra of the derivability audit grows faster
 * than the table, a trial that changes one part need not redo the others, and a long history of
 * cumulative figures shrinks to the half-years still tied to the current one by a hidden count.
 */
final class TableComponents {

    private TableComponents() {
    }

    static List<CellTable> of(CellTable table) {
        Map<String, Cell> byId = table.cellsById();
        Map<String, String> parent = new HashMap<>();
        byId.values().stream().filter(c -> !known(c)).forEach(c -> parent.put(c.id(), c.id()));
        for (AdditiveCells group : table.groups()) {
            List<String> open = group.members().stream().filter(parent::containsKey).toList();
            for (String member : open) {
                union(parent, open.get(0), member);
            }
        }
        for (DerivedCell figure : table.derived()) {
            if (figure.isShare() && parent.containsKey(figure.numeratorId())
                    && parent.containsKey(figure.denominatorId())) {
                union(parent, figure.numeratorId(), figure.denominatorId());
            }
        }
        // A count printed only beside another is hidden with it: the two are decided together.
        table.shownWith().forEach((count, with) -> {
            if (parent.containsKey(count) && parent.containsKey(with)) {
                union(parent, count, with);
            }
        });
        Map<String, Set<String>> cells = new LinkedHashMap<>();
        for (String id : byId.keySet()) {
            if (parent.containsKey(id)) {
                cells.computeIfAbsent(root(parent, id), r -> new LinkedHashSet<>()).add(id);
            }
        }
        Map<String, List<AdditiveCells>> groups = new HashMap<>();
        for (AdditiveCells group : table.groups()) {
            // A group of figures everyone knows adds no unknown; it is left out.
            group.members().stream().filter(parent::containsKey).findFirst().ifPresent(open -> {
                String root = root(parent, open);
                groups.computeIfAbsent(root, r -> new ArrayList<>()).add(group);
                cells.get(root).addAll(group.members());
            });
        }
        Map<String, List<DerivedCell>> derived = new HashMap<>();
        for (DerivedCell figure : table.derived()) {
            String anchor = parent.containsKey(figure.numeratorId()) ? figure.numeratorId() : figure.denominatorId();
            if (anchor != null && parent.containsKey(anchor)) {
                String root = root(parent, anchor);
                derived.computeIfAbsent(root, r -> new ArrayList<>()).add(figure);
                cells.get(root).add(figure.numeratorId());
                if (figure.isShare()) {
                    cells.get(root).add(figure.denominatorId());
                }
            }
        }
        List<CellTable> parts = new ArrayList<>();
        cells.forEach((root, ids) -> {
            Map<String, String> shownWith = new HashMap<>();
            table.shownWith().forEach((count, with) -> {
                if (ids.contains(count) && ids.contains(with)) {
                    shownWith.put(count, with);
                }
            });
            parts.add(new CellTable(ids.stream().map(byId::get).toList(), groups.getOrDefault(root, List.of()),
                    derived.getOrDefault(root, List.of()), shownWith));
        });
        return parts;
    }

    // Cells already published are constants to every reader: they link nothing.
    private static boolean known(Cell cell) {
        return cell.visibility() == Cell.Visibility.ALREADY_PUBLISHED;
    }

    /** The same table with the given cells known to the reader, so that protection must leave them shown. */
    static CellTable pinned(CellTable table, Set<String> shown) {
        List<Cell> cells = table.cells().stream()
                .map(c -> shown.contains(c.id()) ? Cell.alreadyPublished(c.id(), c.count()) : c)
                .toList();
        return new CellTable(cells, table.groups(), table.derived(), table.shownWith());
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    private static String root(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String step = id;
        while (!step.equals(root)) {
            String next = parent.get(step);
            parent.put(step, root);
            step = next;
        }
        return root;
    }
}
