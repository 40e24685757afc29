package se.vinr.extract.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An extract's {@code manifest.json}, read back. */
record ManifestFile(JsonNode json) {

    static ManifestFile read(Path extractDir) {
        return new ManifestFile(JsonMapper.builder().build().readTree(extractDir.resolve("manifest.json").toFile()));
    }

    String status() {
        return json.path("status").asString();
    }

    List<String> files() {
        List<String> names = new ArrayList<>();
        json.path("files").propertyNames().forEach(names::add);
        return names;
    }

    long count(String file, String count) {
        return file(file).path(count).asLong();
    }

    Map<String, Long> rejectedByReason(String file) {
        Map<String, Long> byReason = new LinkedHashMap<>();
        file(file).path("rejected_by_reason").properties().forEach(e -> byReason.put(e.getKey(), e.getValue().asLong()));
        return byReason;
    }

    List<String> ignoredColumns(String file) {
        return strings(file(file).path("ignored_columns"));
    }

    List<String> missingFiles() {
        return strings(json.path("missing_files"));
    }

    String text(String file, String field) {
        return file(file).path(field).asString();
    }

    /** The manifest without what differs between two runs of the same input: the time it was written. */
    JsonNode withoutCreated() {
        JsonNode copy = json.deepCopy();
        ((ObjectNode) copy).remove("created");
        return copy;
    }

    private JsonNode file(String file) {
        JsonNode node = json.path("files").path(file);
        if (node.isMissingNode()) {
            throw new AssertionError("the manifest has no entry for " + file + ": " + json);
        }
        return node;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
