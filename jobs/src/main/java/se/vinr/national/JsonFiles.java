package se.vinr.national;

import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JSON file, or says in one sentence that it is not one. */
final class JsonFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonFiles() {
    }

    static JsonNode read(Path file, String expected) {
        if (!Files.isRegularFile(file)) {
            throw new NationalImportException(file + " does not exist");
        }
        try {
            JsonNode root = MAPPER.readTree(file);
            if (root == null || root.isMissingNode()) {
                throw new NationalImportException(file.getFileName() + " is empty, not " + expected);
            }
            return root;
        } catch (JacksonException e) {
            throw new NationalImportException(file.getFileName() + " is not " + expected + ": it is not valid JSON ("
                    + e.getOriginalMessage() + ")", e);
        }
    }

    /** A field's non-blank text; {@code where} names the entry in the error. */
    static String requiredText(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            throw new NationalImportException(where + " has no '" + field + "'");
        }
        return value.asString();
    }

    /**
     * The entries of a Kolada answer: the {@code values} array of one page ({@code {"values": [...], "count",
     * "next_url"}}), or a bare array, as pages joined by hand or by a client library are saved; null otherwise.
     */
    static JsonNode koladaValues(JsonNode root) {
        if (root.isArray()) {
            return root;
        }
        return root.isObject() && root.path("values").isArray() ? root.path("values") : null;
    }

    static JsonMapper mapper() {
        return MAPPER;
    }
}
