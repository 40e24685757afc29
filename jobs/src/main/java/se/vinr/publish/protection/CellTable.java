package se.vinr.publish.protection;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one output publishes, as small-number protection sees it: the count cells, the additive
 * groups among them and the figures derived from them.
 *
 * @param shownWith counts the output prints only beside another cell: a share's numerator, which a row
 *                  whose denominator is hidden does not print (docs/contract.md: a suppressed row has an
 *                  empty numerator). Protection takes such a count as hidden whenever that cell is, so that
 *                  what it audits is what the reader gets.
 */
public record CellTable(List<Cell> cells, List<AdditiveCells> groups, List<DerivedCell> derived,
                        Map<String, String> shownWith) {

    /** A table whose every count is printed on its own. */
    public CellTable(List<Cell> cells, List<AdditiveCells> groups, List<DerivedCell> derived) {
        this(cells, groups, derived, Map.of());
    }

    public CellTable {
        cells = List.copyOf(cells);
        groups = List.copyOf(groups);
        derived = List.copyOf(derived);
        shownWith = Map.copyOf(shownWith);
        Map<String, Cell> byId = index(cells);
        shownWith.forEach((count, with) -> {
            requireCell(byId, count, "a count shown only with " + with);
            requireCell(byId, with, "the count " + count + ", shown only with it,");
        });
        for (AdditiveCells group : groups) {
            for (String member : group.members()) {
                requireCell(byId, member, "the additive group of " + group.totalId());
            }
        }
        Set<String> derivedIds = new HashSet<>();
        for (DerivedCell figure : derived) {
            if (byId.containsKey(figure.id()) || !derivedIds.add(figure.id())) {
                throw new IllegalArgumentException("the derived cell id " + figure.id() + " is used twice");
            }
            Cell numerator = requirePublishable(byId, figure.numeratorId(), figure);
            if (figure.isShare()) {
                Cell denominator = requirePublishable(byId, figure.denominatorId(), figure);
                if (numerator.count() > denominator.count()) {
                    throw new IllegalArgumentException("the share " + figure.id() + " has a numerator "
                            + numerator.count() + " above its denominator " + denominator.count());
                }
            }
        }
    }

    /** The cells by id, in table order. */
    public Map<String, Cell> cellsById() {
        return index(cells);
    }

    private static Map<String, Cell> index(List<Cell> cells) {
        Map<String, Cell> byId = new LinkedHashMap<>();
        for (Cell cell : cells) {
            if (byId.put(cell.id(), cell) != null) {
                throw new IllegalArgumentException("the cell id " + cell.id() + " is used twice");
            }
        }
        return byId;
    }

    private static Cell requireCell(Map<String, Cell> byId, String id, String usedBy) {
        Cell cell = byId.get(id);
        if (cell == null) {
            throw new IllegalArgumentException(usedBy + " refers to the unknown cell " + id);
        }
        return cell;
    }

    // A share or rate discloses its counts (value and interval pin them down), so they cannot be
    // declared unpublished.
    private static Cell requirePublishable(Map<String, Cell> byId, String id, DerivedCell figure) {
        Cell cell = requireCell(byId, id, "the derived cell " + figure.id());
        if (cell.isUnknownToReader()) {
            throw new IllegalArgumentException("the derived cell " + figure.id() + " discloses the cell " + id
                    + ", which therefore cannot be unpublished");
        }
        return cell;
    }
}
