package se.vinr.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Searches everything a run left behind for personal numbers and names: every file under the output
 * folder as bytes (UTF-8 and Windows-1252 alike), and what the structured ones decode to — Parquet rows
 * and every table of the DuckDB warehouse through DuckDB, the text of PDF files, the XML inside XLSX
 * files, the tables of the embedded H2 job history — plus any log files given.
 *
 * <p>A personal number is found in any written form: 10 or 12 digits, with or without {@code -} or
 * {@code +}; every form is reduced to its last ten digits and compared with the persons searched for,
 * so {@code 19850312-0001}, {@code 850312+0001} and {@code 8503120001} are the same hit.
 */
final class OutputScan {

    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);");
    private static final Pattern PERSONAL_NUMBER = Pattern.compile("(?<!\\d)(?:\\d{2})?(\\d{6})[-+]?(\\d{4})(?!\\d)");

    private final Set<String> persons = new LinkedHashSet<>();
    private final Set<String> names = new LinkedHashSet<>();

    /** Looks for the persons {@code ids} (any form) and the {@code names} (exact text). */
    OutputScan(Collection<String> ids, Collection<String> names) {
        ids.forEach(id -> persons.add(tenDigits(id)));
        this.names.addAll(names);
    }

    /** The personal numbers of a package's person_id columns, as written. */
    static List<String> personIdsIn(Path packageDir) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(packageDir)) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
                if (lines.isEmpty()) {
                    continue;
                }
                String delimiter = lines.get(0).contains(";") ? ";" : ",";
                List<String> header = List.of(lines.get(0).split(delimiter, -1));
                int column = header.indexOf("person_id");
                if (column < 0) {
                    continue;
                }
                for (String line : lines.subList(1, lines.size())) {
                    String[] values = line.split(delimiter, -1);
                    if (values.length > column && values[column].replaceAll("\\D", "").length() >= 10) {
                        ids.add(values[column]);
                    }
                }
            }
        }
        return ids;
    }

    /** File (or source) → what was found in it; empty when nothing was. */
    Map<String, Set<String>> search(Path outputFolder, Path... logs) throws Exception {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(outputFolder)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        files.addAll(List.of(logs));
        for (Path file : files) {
            Set<String> hits = new TreeSet<>();
            for (String text : texts(file)) {
                hits.addAll(find(text));
                hits.addAll(find(unescapeMarkup(text)));
            }
            if (!hits.isEmpty()) {
                found.put(file.toString(), hits);
            }
        }
        return found;
    }

    /** The searched persons and names in {@code text}. */
    Set<String> find(String text) {
        Set<String> hits = new TreeSet<>();
        Matcher matcher = PERSONAL_NUMBER.matcher(text);
        while (matcher.find()) {
            String ten = matcher.group(1) + matcher.group(2);
            if (persons.contains(ten)) {
                hits.add(matcher.group());
            }
        }
        for (String name : names) {
            if (text.contains(name)) {
                hits.add(name);
            }
        }
        return hits;
    }

    /**
     * The text with XML and HTML character references resolved: XLSX, SVG and HTML writers may write
     * {@code Å} as {@code &#197;}, which a search for the name would otherwise miss.
     */
    static String unescapeMarkup(String text) {
        Matcher reference = CHARACTER_REFERENCE.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (reference.find()) {
            String code = reference.group(1);
            String replacement = switch (code) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> code.startsWith("#x") || code.startsWith("#X")
                        ? Character.toString(Integer.parseInt(code.substring(2), 16))
                        : code.startsWith("#") ? Character.toString(Integer.parseInt(code.substring(1)))
                        : reference.group();
            };
            reference.appendReplacement(plain, Matcher.quoteReplacement(replacement));
        }
        reference.appendTail(plain);
        return plain.toString();
    }

    /** The texts a file holds: its bytes read both ways, and for structured files their decoded content. */
    static List<String> texts(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        List<String> texts = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8),
                new String(bytes, "windows-1252")));
        String name = file.getFileName().toString();
        if (name.endsWith(".parquet")) {
            try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
                texts.add(rows(duckdb, "SELECT CAST(COLUMNS(*) AS VARCHAR) FROM read_parquet('" + file + "')"));
            }
        } else if (name.endsWith(".duckdb")) {
            texts.add(warehouse(file));
        } else if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                texts.add(new PDFTextStripper().getText(pdf));
            }
        } else if (name.endsWith(".xlsx")) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } else if (name.endsWith(".mv.db")) {
            texts.add(jobHistory(file));
        }
        return texts;
    }

    private static String warehouse(Path file) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        StringBuilder text = new StringBuilder();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly)) {
            for (String relation : relations(duckdb, "SELECT table_schema, table_name FROM information_schema.tables"
                    + " WHERE table_catalog = current_database()")) {
                text.append(rows(duckdb, "SELECT CAST(COLUMNS(*) AS VARCHAR) FROM " + relation));
            }
        }
        return text.toString();
    }

    /** Every table of the job history, read from a copy so that a history in use can be read too. */
    private static String jobHistory(Path file) throws Exception {
        Path copy = Files.createTempDirectory("scan-history");
        Files.copy(file, copy.resolve("repository.mv.db"));
        StringBuilder text = new StringBuilder();
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("repository"), "sa", "")) {
            for (String relation : relations(h2, "SELECT table_schema, table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'PUBLIC'")) {
                text.append(rows(h2, "SELECT * FROM " + relation));
            }
        } finally {
            try (Stream<Path> files = Files.walk(copy)) {
                for (Path path : files.sorted(Collections.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
        return text.toString();
    }

    private static List<String> relations(Connection connection, String sql) throws SQLException {
        List<String> relations = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet tables = statement.executeQuery(sql)) {
            while (tables.next()) {
                relations.add('"' + tables.getString(1) + "\".\"" + tables.getString(2) + '"');
            }
        }
        return relations;
    }

    private static String rows(Connection connection, String sql) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int width = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= width; i++) {
                    text.append(rows.getString(i)).append('\t');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String tenDigits(String id) {
        String digits = id.replaceAll("\\D", "");
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }
}
