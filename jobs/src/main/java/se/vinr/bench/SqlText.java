package se.vinr.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A baseline SQL file made ready to run: {@code ${name}} placeholders replaced by quoted-safe paths
 * and the text split into statements at semicolons that end a line (the bench files keep semicolons
 * out of strings and comments for this).
 */
final class SqlText {

    private SqlText() {
    }

    static List<String> statements(String script, Map<String, Path> paths) {
        String text = script;
        for (Map.Entry<String, Path> path : paths.entrySet()) {
            String value = path.getValue().toAbsolutePath().normalize().toString().replace("'", "''");
            text = text.replace("${" + path.getKey() + "}", value);
        }
        if (text.contains("${")) {
            throw new IllegalArgumentException("a placeholder was left unfilled in: " + firstLine(text));
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                add(statements, current.toString().strip());
                current.setLength(0);
            }
        }
        add(statements, current.toString().strip());
        return List.copyOf(statements);
    }

    private static void add(List<String> statements, String statement) {
        String body = statement.endsWith(";") ? statement.substring(0, statement.length() - 1).strip() : statement;
        if (!body.isEmpty()) {
            statements.add(body);
        }
    }

    private static String firstLine(String text) {
        int start = text.indexOf("${");
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
