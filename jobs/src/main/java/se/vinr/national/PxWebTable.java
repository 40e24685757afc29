package se.vinr.national;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A table as SCB's PxWeb serves it, in any of its JSON formats, read into one shape: dimensions in
 * order with their category codes and labels, and a value per cell (null where the agency publishes
 * none, status "..").
 *
 * <ul>
 *   <li>JSON-stat 2.0 (API v2 {@code outputFormat=json-stat2}, v1 {@code "format": "json-stat2"}):
 *       {@code {"version": "2.0", "class": "dataset", "id", "size", "dimension", "value"}}.</li>
 *   <li>JSON-stat 1.x (API v1 {@code "format": "json-stat"}): {@code {"dataset": {"dimension": {"id",
 *       "size", "role", <dimension>…}, "value"}}}.</li>
 *   <li>PxWeb "json" (API v1 {@code "format": "json"}): {@code {"columns": [{"code", "text", "type"}],
 *       "data": [{"key": [...], "values": ["123"]}]}}; type {@code c} columns are contents.</li>
 * </ul>
 * Values in row-major order (the last dimension varies fastest), as an array or a sparse object.
 */
final class PxWebTable {

    /** The dimension PxWeb's "json" format makes of its contents columns. */
    static final String CONTENTS = "ContentsCode";

    private final String name;
    private final List<String> ids;
    private final Map<String, String> labels;
    private final Map<String, List<String>> codes;
    private final Map<String, Map<String, String>> categoryLabels;
    private final Double[] values;

    private PxWebTable(String name, List<String> ids, Map<String, String> labels, Map<String, List<String>> codes,
                       Map<String, Map<String, String>> categoryLabels, Double[] values) {
        this.name = name;
        this.ids = List.copyOf(ids);
        this.labels = labels;
        this.codes = codes;
        this.categoryLabels = categoryLabels;
        this.values = values;
    }

    static PxWebTable read(String name, JsonNode root) {
        if (root.isObject() && "dataset".equals(root.path("class").asString(""))) {
            if (!root.path("version").asString("").startsWith("2")) {
                throw new NationalImportException(name + " is not a JSON-stat dataset vinr reads: \"class\": \"dataset\""
                        + " needs \"version\": \"2.0\"");
            }
            return jsonStat(name, root, root.path("id"), root.path("size"), root.path("dimension"));
        }
        if (root.isObject() && root.path("columns").isArray() && root.path("data").isArray()) {
            return pxWebJson(name, root);
        }
        if (root.isObject()) {
            for (Map.Entry<String, JsonNode> bundle : root.properties()) {
                JsonNode dimension = bundle.getValue().path("dimension");
                if (dimension.isObject() && dimension.path("id").isArray()) {
                    // JSON-stat 1.x: the dataset sits under its name, id and size inside 'dimension'.
                    return jsonStat(name, bundle.getValue(), dimension.path("id"), dimension.path("size"), dimension);
                }
            }
        }
        throw new NationalImportException(name + " is not a PxWeb answer vinr reads: JSON-stat 2.0 (\"class\":"
                + " \"dataset\"), JSON-stat 1.x ({\"dataset\": {\"dimension\": …}}) or PxWeb json (\"columns\" and \"data\")");
    }

    private static PxWebTable jsonStat(String name, JsonNode dataset, JsonNode id, JsonNode size, JsonNode dimensions) {
        if (!id.isArray() || !size.isArray() || id.size() != size.size() || id.isEmpty()) {
            throw new NationalImportException(name + " is not a valid JSON-stat dataset: 'id' and 'size' must be arrays of"
                    + " the same length");
        }
        List<String> ids = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, List<String>> codes = new LinkedHashMap<>();
        Map<String, Map<String, String>> categoryLabels = new HashMap<>();
        long cells = 1;
        for (int d = 0; d < id.size(); d++) {
            String dimension = id.get(d).asString();
            ids.add(dimension);
            JsonNode node = dimensions.path(dimension);
            labels.put(dimension, node.path("label").asString(dimension));
            List<String> categories = categories(name, dimension, node);
            if (categories.size() != size.get(d).asInt(-1)) {
                throw new NationalImportException(name + ": dimension " + dimension + " has " + categories.size()
                        + " categories but 'size' says " + size.get(d).asString());
            }
            Map<String, String> names = new HashMap<>();
            for (String code : categories) {
                names.put(code, node.path("category").path("label").path(code).asString(code));
            }
            categoryLabels.put(dimension, names);
            codes.put(dimension, categories);
            cells *= categories.size();
        }
        return new PxWebTable(name, ids, labels, codes, categoryLabels, values(name, dataset.path("value"), cells));
    }

    private static PxWebTable pxWebJson(String name, JsonNode root) {
        List<String> ids = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        List<String> contents = new ArrayList<>();
        Map<String, String> contentLabels = new HashMap<>();
        for (JsonNode column : root.path("columns")) {
            String code = JsonFiles.requiredText(column, "code", name + ": a column");
            if ("c".equals(column.path("type").asString(""))) {
                contents.add(code);
                contentLabels.put(code, column.path("text").asString(code));
            } else {
                ids.add(code);
                labels.put(code, column.path("text").asString(code));
            }
        }
        if (contents.isEmpty()) {
            throw new NationalImportException(name + " is PxWeb json without a contents column (type \"c\")");
        }
        Map<String, List<String>> codes = new LinkedHashMap<>();
        ids.forEach(d -> codes.put(d, new ArrayList<>()));
        Map<List<String>, Double> cells = new HashMap<>();
        JsonNode data = root.path("data");
        for (int r = 0; r < data.size(); r++) {
            JsonNode key = data.get(r).path("key");
            JsonNode numbers = data.get(r).path("values");
            if (key.size() != ids.size() || numbers.size() != contents.size()) {
                throw new NationalImportException(name + ": data[" + r + "] has " + key.size() + " keys and " + numbers.size()
                        + " values; the columns make " + ids.size() + " and " + contents.size());
            }
            List<String> cell = new ArrayList<>();
            for (int d = 0; d < ids.size(); d++) {
                String code = key.get(d).asString();
                List<String> seen = codes.get(ids.get(d));
                if (!seen.contains(code)) {
                    seen.add(code);
                }
                cell.add(code);
            }
            for (int c = 0; c < contents.size(); c++) {
                List<String> withContents = new ArrayList<>(cell);
                withContents.add(contents.get(c));
                cells.put(withContents, textNumber(name, numbers.get(c), r));
            }
        }
        ids.add(CONTENTS);
        labels.put(CONTENTS, "tabellinnehåll");
        codes.put(CONTENTS, contents);
        Map<String, Map<String, String>> categoryLabels = new HashMap<>();
        ids.forEach(d -> categoryLabels.put(d, new HashMap<>()));
        categoryLabels.put(CONTENTS, contentLabels);
        long total = 1;
        for (String d : ids) {
            total *= codes.get(d).size();
        }
        checkSize(name, total);
        Double[] values = new Double[(int) total];
        PxWebTable table = new PxWebTable(name, ids, labels, codes, categoryLabels, values);
        cells.forEach((cell, value) -> values[table.offset(cell)] = value);
        return table;
    }

    private int offset(List<String> cell) {
        int offset = 0;
        for (int d = 0; d < ids.size(); d++) {
            List<String> categories = codes.get(ids.get(d));
            offset = offset * categories.size() + categories.indexOf(cell.get(d));
        }
        return offset;
    }

    private static Double textNumber(String name, JsonNode node, int row) {
        String text = node.asString("").trim();
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (text.isEmpty() || text.chars().allMatch(c -> c == '.' || c == '-')) {
            return null;
        }
        try {
            return Double.valueOf(text.replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new NationalImportException(name + ": data[" + row + "] has the value '" + text + "', not a number or ..");
        }
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
        } else if (node.path("category").path("label").isObject() && node.path("category").path("label").size() == 1) {
            // JSON-stat allows a dimension of one category to give only its label.
            categories.add(node.path("category").path("label").propertyNames().iterator().next());
        } else {
            throw new NationalImportException(name + ": dimension " + dimension + " has no category index");
        }
        return categories;
    }

    private static void checkSize(String name, long cells) {
        if (cells > 50_000_000) {
            throw new NationalImportException(name + " has " + cells + " cells, too many to import at once: select fewer");
        }
    }

    private static Double[] values(String name, JsonNode value, long cells) {
        checkSize(name, cells);
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
            throw new NationalImportException(name + " is not a valid JSON-stat dataset: no 'value' array");
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

    /** The dimension's label as the agency gives it ("civilstånd"), else its code. */
    String label(String dimension) {
        return labels.getOrDefault(dimension, dimension);
    }

    /** A category's label ("ogifta"), else its code. */
    String label(String dimension, String code) {
        return categoryLabels.getOrDefault(dimension, Map.of()).getOrDefault(code, code);
    }

    int cells() {
        return values.length;
    }

    /** Calls {@code visitor} for every cell with its category code per dimension (in id order) and its value. */
    void forEachCell(CellVisitor visitor) {
        String[] cell = new String[ids.size()];
        for (int i = 0; i < values.length; i++) {
            int rest = i;
            for (int d = ids.size() - 1; d >= 0; d--) {
                List<String> categories = codes.get(ids.get(d));
                cell[d] = categories.get(rest % categories.size());
                rest /= categories.size();
            }
            visitor.visit(cell, values[i]);
        }
    }

    @FunctionalInterface
    interface CellVisitor {
        void visit(String[] codes, Double value);
    }
}
