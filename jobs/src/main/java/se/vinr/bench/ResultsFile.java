package se.vinr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.json.JsonMapper;

/** A scenario's result as JSON, the way a scenario's own JVM hands it back to the parent run. */
final class ResultsFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultsFile() {
    }

    static void write(Path file, ScenarioResult result) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    }

    static ScenarioResult read(Path file) throws IOException {
        return JSON.readValue(Files.readString(file), ScenarioResult.class);
    }
}
