package se.vinr.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown page of the repository (README.md, docs/*.md) read the way the tests that keep it true need
 * it: its sections by heading, the tables in a section, and the backticked words in a cell. Tests run in
 * the module folder, so the repository root is its parent.
 */
public final class MarkdownPage {

    /** The repository root seen from a module's tests. */
    public static final Path ROOT = Path.of("..");

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private final String name;
    private final List<String> lines;

    private MarkdownPage(String name, List<String> lines) {
        this.name = name;
        this.lines = List.copyOf(lines);
    }

    /** {@code relative} to the repository root, e.g. {@code docs/contract.md}. */
    public static MarkdownPage read(String relative) {
        try {
            return new MarkdownPage(relative, Files.readAllLines(ROOT.resolve(relative), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines under the first heading whose text starts with {@code headingStart}, up to the next heading
     * of the same or a higher level.
     */
    public MarkdownPage section(String headingStart) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = HEADING.matcher(lines.get(i));
            if (heading.matches() && heading.group(2).startsWith(headingStart)) {
                int level = heading.group(1).length();
                int end = i + 1;
                while (end < lines.size() && !endsSection(lines.get(end), level)) {
                    end++;
                }
                return new MarkdownPage(name + " § " + heading.group(2), lines.subList(i + 1, end));
            }
        }
        throw new AssertionError(name + " has no heading starting with \"" + headingStart + "\"");
    }

    private static boolean endsSection(String line, int level) {
        Matcher heading = HEADING.matcher(line);
        return heading.matches() && heading.group(1).length() <= level;
    }

    /** The texts of every heading, in order. */
    public List<String> headings() {
        return lines.stream().map(HEADING::matcher).filter(Matcher::matches).map(m -> m.group(2)).toList();
    }

    /** GitHub's anchors of every heading: lower case, punctuation dropped, spaces become hyphens. */
    public Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        for (String heading : headings()) {
            anchors.add(anchor(heading));
        }
        return anchors;
    }

    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** The first table in this section whose header row has exactly {@code columns}. */
    public Table table(String... columns) {
        List<String> wanted = List.of(columns);
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (isRow(lines.get(i)) && cells(lines.get(i)).equals(wanted) && lines.get(i + 1).startsWith("|---")) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = i + 2; r < lines.size() && isRow(lines.get(r)); r++) {
                    rows.add(cells(lines.get(r)));
                }
                return new Table(name, wanted, rows);
            }
        }
        throw new AssertionError(name + " has no table with the columns " + wanted);
    }

    /** The page's text, for searches such as its links. */
    public String text() {
        return String.join("\n", lines);
    }

    private static boolean isRow(String line) {
        return line.startsWith("|");
    }

    /** The cells of a table row; {@code \|} inside a cell is a literal bar. */
    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.replace("\\|", "|").strip());
        }
        return cells;
    }

    /** The backticked words of a text, in order: {@code `a`, `b`} gives a, b. */
    public static List<String> code(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = CODE.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group(1));
        }
        return words;
    }

    /** A table: its header and its rows, each as cells. */
    public record Table(String page, List<String> header, List<List<String>> rows) {

        /** Every row's cell in {@code column}. */
        public List<String> column(String column) {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new AssertionError(page + ": no column " + column);
            }
            return rows.stream().map(row -> row.get(index)).toList();
        }

        /** The cell in {@code column} of the row whose first cell is {@code key}. */
        public String cell(String key, String column) {
            int index = header.indexOf(column);
            return rows.stream().filter(row -> row.get(0).equals(key)).map(row -> row.get(index)).findFirst()
                    .orElseThrow(() -> new AssertionError(page + ": no row " + key));
        }

        /** The single backticked word of each row's cell in {@code column}. */
        public List<String> codes(String column) {
            return column(column).stream().map(cell -> {
                List<String> words = code(cell);
                if (words.size() != 1) {
                    throw new AssertionError(page + ": expected one `code` in the cell \"" + cell + "\"");
                }
                return words.get(0);
            }).toList();
        }
    }
}
