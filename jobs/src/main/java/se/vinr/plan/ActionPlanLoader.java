package se.vinr.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates an action plan file (format version 1, {@code seeds/plans/README.md}).
 * Every problem found is reported at once, each naming the file, the line and the key or id, so a
 * plan can be corrected in one pass.
 */
public final class ActionPlanLoader {

    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate Object property \"([^\"]*)\"");

    private final Set<String> catalogue;
    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** @param catalogue the indicator ids that {@code computed} and {@code measured_by} may name */
    public ActionPlanLoader(Set<String> catalogue) {
        this.catalogue = Set.copyOf(catalogue);
    }

    public ActionPlan load(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, name);
        } catch (IOException e) {
            throw new ActionPlanException(name,
                    List.of(new PlanProblem(file.toString(), 0, "", "the file cannot be read (" + e.getMessage() + ")")));
        }
    }

    /** @param name how messages name the file, usually its file name */
    public ActionPlan load(InputStream in, String name) {
        byte[] content;
        try {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new ActionPlanException(name,
                    List.of(new PlanProblem(name, 0, "", "the file cannot be read (" + e.getMessage() + ")")));
        }
        JsonNode root;
        Map<String, Integer> lines;
        try {
            root = mapper.readTree(content);
            lines = lines(content);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            throw new ActionPlanException(name, List.of(new PlanProblem(name, line, "",
                    summary(e.getOriginalMessage()))));
        }
        return new PlanReading(name, lines, catalogue).plan(root);
    }

    /** The line where each key (or list element) starts, by JSON pointer; the tree itself keeps no locations. */
    private Map<String, Integer> lines(byte[] content) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = mapper.createParser(content)) {
            while (parser.nextToken() != null) {
                lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
                        parser.currentTokenLocation().getLineNr());
            }
        }
        return lines;
    }

    /** The YAML parser's own sentences, without its echo of the offending source line and caret. */
    private static String summary(String message) {
        if (message == null) {
            return "not readable as YAML";
        }
        Matcher duplicate = DUPLICATE_KEY.matcher(message);
        if (duplicate.lookingAt()) {
            return "the key '" + duplicate.group(1) + "' is given twice in the same mapping";
        }
        return "not readable as YAML: " + message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::trim)
                .collect(Collectors.joining(", "));
    }
}
