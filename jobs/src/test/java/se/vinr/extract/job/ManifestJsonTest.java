package se.vinr.extract.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json} is written with Jackson's streaming generator, and its bytes are those Jackson's
 * object mapper wrote with indented output before: the load, earlier extracts' manifests and anyone
 * comparing checksums see the same file.
 */
class ManifestJsonTest {

    @Test
    void theManifestIsWrittenByteForByteAsTheObjectMapperWroteIt() {
        Map<String, Object> cases = new LinkedHashMap<>();
        cases.put("read", 1200L);
        cases.put("written", 1187L);
        cases.put("rejected", 13L);
        Map<String, Long> byReason = new LinkedHashMap<>();
        byReason.put("invalid_date", 12L);
        byReason.put("unknown_code", 1L);
        cases.put("rejected_by_reason", byReason);
        cases.put("ignored_columns", Arrays.asList("anteckning", "handläggare \"ny\""));
        cases.put("sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        cases.put("output", "cases.parquet");
        cases.put("output_sha256", null);
        Map<String, Object> contacts = new LinkedHashMap<>();
        contacts.put("read", 0L);
        contacts.put("rejected_by_reason", new LinkedHashMap<String, Long>());
        contacts.put("ignored_columns", List.of());
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("cases.csv", cases);
        files.put("contacts.csv", contacts);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("municipality", "2280");
        manifest.put("period", "2025H2");
        manifest.put("status", "complete");
        manifest.put("files", files);
        manifest.put("missing_files", List.of("training.csv", "headcount.csv"));
        manifest.put("key_fingerprint", "ab12");
        manifest.put("profile", null);
        manifest.put("tool_version", "0.1.0");
        manifest.put("created", "2026-12-07T08:00:00Z");

        byte[] written = ManifestTasklet.json(manifest);

        byte[] byObjectMapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsBytes(manifest);
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(byObjectMapper, StandardCharsets.UTF_8))
                .contains("\"rejected_by_reason\" : { }", "\"missing_files\" : [ \"training.csv\", \"headcount.csv\" ]");
        assertThat(written).isEqualTo(byObjectMapper);
    }
}
