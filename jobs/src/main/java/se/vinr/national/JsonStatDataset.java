package se.vinr.national;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A JSON-stat 2.0 dataset as PxWeb writes it ({@code outputFormat=json-stat2}): dimensions in
 * {@code id} order with their sizes, category codes in index order, and values in row-major order
 * (the last dimension varies fastest). Values may be an array or a sparse object; a null value is
 * a cell the agency does not publish (status "..").
 */
final class JsonStatDataset {

    private final String name;
    private final List<String> ids;
    private final Map<String, List<String>> codes;
    private final Double[] values;

    private JsonStatDataset(String name, List<String> ids, Map<String, List<String>> codes, Double[] values) {
        this.name = name;
        this.ids = ids;
        this.codes = codes;
        this.values = values;
    }

    static JsonStatDataset read(String name, JsonNode root) {
        if (!root.isObject() || !"dataset".equals(root.path("class").asString(""))
                || !root.path("version").asString("").startsWith("2")) {
            throw new NationalImportException(name + " is not a PxWeb JSON-stat2 dataset: it needs \"class\": \"dataset\""
                    + " and \"version\": \"2.0\"");
        }
        JsonNode id = root.path("id");
        JsonNode size = root.path("size");
        if (!id.isArray() || !size.isArray() || id.size() != size.size() || id.isEmpty()) {
            throw new NationalImportException(name + " is not a valid JSON-stat2 dataset: 'id' and 'size' must be arrays of"
                    + " the same length");
        }
        List<String> ids = new ArrayList<>();
        Map<String, List<String>> codes = new LinkedHashMap<>();
        long cells = 1;
        for (int d = 0; d < id.size(); d++) {
            String dimension = id.get(d).asString();
            ids.add(dimension);
            List<String> categories = categories(name, dimension, root.path("dimension").path(dimension));
            if (categories.size() != size.get(d).asInt(-1)) {
                throw new NationalImportException(name + ": dimension " + dimension + " has " + categories.size()
                        + " categories but 'size' says " + size.get(d).asString());
            }
            codes.put(dimension, categories);
            cells *= categories.size();
        }
        return new JsonStatDataset(name, ids, codes, values(name, root.path("value"), cells));
    }

    private static List<String> categories(String name, String dimension, JsonNode node) {
        JsonNode index = node.path("category").path("index");
        List<String> categories = new ArrayList<>();
        if (index.isArray()) {
            index.forEach(code -> categories.add(code.asString()));
        } else if (index.isObject()) {
            Map<Integer, String> byPosition = new HashMap<>();
            for (Map.Entry<String, JsonNode> entry : index.properties()) {
                byPosition.put(entry.getValue().asInt(), entry.getKey());
            }
            for (int p = 0; p < byPosition.size(); p++) {
                if (!byPosition.containsKey(p)) {
                    throw new NationalImportException(name + ": the category index of " + dimension + " skips position " + p);
                }
                categories.add(byPosition.get(p));
            }
        } else {
            throw new NationalImportException(name + ": dimension " + dimension + " has no category index");
        }
        return categories;
    }

    private static Double[] values(String name, JsonNode value, long cells) {
        if (cells > 50_000_000) {
            throw new NationalImportException(name + " has " + cells + " cells, too many to import at once: select fewer");
        }
        Double[] values = new Double[(int) cells];
        if (value.isArray()) {
            if (value.size() != cells) {
                throw new NationalImportException(name + " has " + value.size() + " values but its dimensions make " + cells
                        + " cells");
            }
            for (int i = 0; i < cells; i++) {
                values[i] = number(name, value.get(i), i);
            }
        } else if (value.isObject()) {
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                int i;
                try {
                    i = Integer.parseInt(entry.getKey());
                } catch (NumberFormatException e) {
                    throw new NationalImportException(name + ": value key '" + entry.getKey() + "' is not a cell number");
                }
                if (i < 0 || i >= cells) {
                    throw new NationalImportException(name + ": value cell " + i + " is outside its " + cells + " cells");
                }
                values[i] = number(name, entry.getValue(), i);
            }
        } else {
            throw new NationalImportException(name + " is not a valid JSON-stat2 dataset: no 'value' array");
        }
        return values;
    }

    private static Double number(String name, JsonNode node, int cell) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw new NationalImportException(name + ": value " + cell + " is '" + node.asString() + "', not a number or null");
        }
        return node.doubleValue();
    }

    boolean has(String dimension) {
        return codes.containsKey(dimension);
    }

    List<String> codes(String dimension) {
        List<String> found = codes.get(dimension);
        if (found == null) {
            throw new NationalImportException(name + " has no dimension " + dimension + " (it has " + ids + ")");
        }
        return found;
    }

    List<String> dimensions() {
        return ids;
    }

    /** Calls {@code visitor} for every cell with its category code per dimension (in id order) and its value. */
    void forEachCell(CellVisitor visitor) {
        int[] position = new int[ids.size()];
        String[] cell = new String[ids.size()];
        for (int i = 0; i < values.length; i++) {
            int rest = i;
            for (int d = ids.size() - 1; d >= 0; d--) {
                int n = codes.get(ids.get(d)).size();
                position[d] = rest % n;
                rest /= n;
                cell[d] = codes.get(ids.get(d)).get(position[d]);
            }
            visitor.visit(cell, values[i]);
        }
    }

    @FunctionalInterface
    interface CellVisitor {
        void visit(String[] codes, Double value);
    }
}
