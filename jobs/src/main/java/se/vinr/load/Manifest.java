package se.vinr.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of an extract's {@code manifest.json} (docs/contract.md#5-output) that the load checks.
 *
 * @param status       {@code complete} when the extract succeeded; anything else (or nothing) refuses the load
 * @param files        per input file name ({@code cases.csv}), its counts and output
 */
public record Manifest(String municipality, String period, String status, Map<String, ManifestFile> files,
                       String keyFingerprint, String toolVersion, String created) {

    public static final String COMPLETE = "complete";

    public Manifest {
        files = Map.copyOf(files);
    }

    /**
     * One input file's entry.
     *
     * @param output       the Parquet file name, or null when the extract wrote none
     * @param outputSha256 its SHA-256, lower-case hex
     */
    public record ManifestFile(long read, long written, long rejected, String output, String outputSha256) {
    }

    public boolean complete() {
        return COMPLETE.equals(status);
    }

    /** Reads a manifest; a file that is not one fails with a message naming it. */
    public static Manifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LoadRefusedException("there is no extract manifest " + file + ": run extract first");
        }
        JsonNode root;
        try {
            ObjectMapper mapper = JsonMapper.builder().build();
            root = mapper.readTree(file);
        } catch (JacksonException e) {
            throw new LoadRefusedException(file + " is not valid JSON (" + e.getOriginalMessage() + "): run extract again");
        }
        if (root == null || !root.isObject() || !root.path("files").isObject()) {
            throw new LoadRefusedException(file + " is not an extract manifest: it has no 'files' object; run extract again");
        }
        Map<String, ManifestFile> files = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.path("files").properties()) {
            JsonNode f = entry.getValue();
            files.put(entry.getKey(), new ManifestFile(
                    f.path("read").asLong(0), f.path("written").asLong(-1), f.path("rejected").asLong(0),
                    text(f, "output"), text(f, "output_sha256")));
        }
        return new Manifest(text(root, "municipality"), text(root, "period"), text(root, "status"), files,
                text(root, "key_fingerprint"), text(root, "tool_version"), text(root, "created"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
