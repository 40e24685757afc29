package se.vinr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.extract.RecordKind;
import se.vinr.extract.pseudonym.PseudonymKey;

/**
 * Nothing identifying passes the extract (docs/contract.md#3-pseudonymisation). Runs {@code vinr demo} (two half-years,
 * to keep the test short) and a real {@code vinr run} (extract, load, report) of the ugly package
 * {@code extract-job/ugly} as child processes, so that every line they print, Spring's logging and
 * openhtmltopdf's included, is captured, then searches everything they wrote for every identifier of
 * their input.
 *
 * <p>Searched for: every input person id in each written form (12 digits with and without dash, 10
 * digits with {@code -} and with {@code +}, 10 digits alone; both centuries for a 10-digit input), the
 * raw case, contact, assessment, intervention and employee ids, and the values of columns the extract
 * ignores (a case worker's name in the ugly package). Ids shorter than six characters (the demo's
 * employee ids {@code E1}...) cannot be told apart from other text and are left out.
 *
 * <p>Searched in: every file under both output folders (the demo's own input folder excepted), as raw
 * bytes, and in addition Parquet rows via DuckDB, every table and view of the DuckDB warehouse cast to
 * text, the text of the PDF reports (PDFBox) and the XML inside the XLSX files; plus the captured
 * standard output and error. PNG charts are searched as bytes only: their text is pixels, and the same
 * charts are searched as SVG.
 */
class LeakTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<String> ID_COLUMNS =
            List.of("case_id", "contact_id", "assessment_id", "intervention_id", "employee_id");
    private static final int SHORTEST_SEARCHABLE = 6;

    @TempDir
    static Path temp;

    private static Path demoOut;
    private static Path runOut;
    private static Path ugly;

    @BeforeAll
    static void runTheDemoAndARealPackage() throws Exception {
        demoOut = temp.resolve("demo-out");
        runOut = temp.resolve("run-out");
        ugly = fixture("extract-job/ugly");
        Path key = temp.resolve("key");
        PseudonymKey.generate(new SecureRandom()).writeTo(key);
        Path config = Files.writeString(temp.resolve("lenient.yml"), "vinr:\n  reject-share-limit: 0.7\n");

        Process demo = vinr("demo", "demo", "--out", demoOut.toString(), "--from", "2025H1", "--to", "2025H2");
        Process run = vinr("run", "run", "--municipality", "2280", "--period", "2026H1", "--input", ugly.toString(),
                "--out", runOut.toString(), "--key-file", key.toString(), "--config", config.toString(), "--verbose");
        finish(demo, "demo");
        finish(run, "run");
    }

    @Test
    void theDemoWritesNoInputIdentifierAnywhere() throws Exception {
        Path input = demoOut.resolve("demo").resolve("input");
        Map<String, String> needles = identifiersIn(input);
        assertThat(needles).as("identifiers of the demo's input").hasSizeGreaterThan(1000);

        Map<String, Set<String>> leaks = search(needles, outputs(demoOut, input, "demo"));

        assertThat(leaks).as("identifiers found in the demo's outputs (file → identifiers)").isEmpty();
    }

    @Test
    void aRealExtractLoadAndReportWritesNoInputIdentifierAnywhere() throws Exception {
        Map<String, String> needles = identifiersIn(ugly);
        assertThat(needles.values()).contains("19850312-0001", "850312-0001", "850312+0001", "8503120001",
                "198503120001", "ÄR-1001", "KT-5001", "RB-7001", "IN-9001", "ANST-4711", "Åsa Öberg", "Eva Lind");

        Map<String, Set<String>> leaks = search(needles, outputs(runOut, null, "run"));

        assertThat(leaks).as("identifiers found in the run's outputs (file → identifiers)").isEmpty();
    }

    @Test
    void theSearchFindsIdentifiersWhereTheyAre() throws Exception {
        Map<String, String> needles = identifiersIn(ugly);
        List<Haystack> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(ugly)) {
            for (Path file : files.toList()) {
                inputs.add(haystack(file));
            }
        }

        Map<String, Set<String>> found = search(needles, inputs);

        assertThat(found.values().stream().flatMap(Set::stream)).contains("19850312-0001", "8503120001",
                "120315+0006", "197001010003", "ÄR-1001", "Åsa Öberg");
    }

    // ---- running vinr ----

    private static Process vinr(String log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Vinr.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(temp.toFile())
                .redirectOutput(temp.resolve(log + ".out.log").toFile())
                .redirectError(temp.resolve(log + ".err.log").toFile())
                .start();
    }

    private static void finish(Process process, String log) throws Exception {
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("vinr " + log + " did not finish in 10 minutes");
        }
        assertThat(process.exitValue()).as("vinr %s failed: %s", log,
                Files.readString(temp.resolve(log + ".err.log"))).isZero();
    }

    // ---- what to look for ----

    /** Every identifier written in the CSV files under {@code dir}: searched form → the identifier. */
    private static Map<String, String> identifiersIn(Path dir) throws IOException {
        Map<String, String> needles = new LinkedHashMap<>();
        List<Path> csvFiles;
        try (Stream<Path> files = Files.walk(dir)) {
            csvFiles = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path csv : csvFiles) {
            RecordKind kind = RecordKind.byCsvName(csv.getFileName().toString()).orElseThrow();
            String text = decode(Files.readAllBytes(csv));
            String header = text.lines().findFirst().orElse("");
            char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                    ? ';' : ',';
            try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                    .setFormat(CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()).get()) {
                List<CSVRecord> records = parser.getRecords();
                List<String> columns = records.get(0).stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
                for (CSVRecord record : records.subList(1, records.size())) {
                    for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
                        String value = record.get(i).strip();
                        String column = columns.get(i);
                        if (column.equals("person_id")) {
                            personForms(value).forEach(form -> needles.put(form, form));
                        } else if ((ID_COLUMNS.contains(column) || kind.field(column).isEmpty())
                                && value.length() >= SHORTEST_SEARCHABLE) {
                            needles.put(value, value);
                        }
                    }
                }
            }
        }
        return needles;
    }

    /** The written forms of a person id; a value that is no id at all is searched as it is. */
    static Set<String> personForms(String raw) {
        Set<String> forms = new LinkedHashSet<>();
        String digits = raw.replaceAll("[^0-9]", "");
        List<String> centuries = digits.length() == 12 ? List.of(digits.substring(0, 2))
                : digits.length() == 10 ? List.of("19", "20") : List.of();
        String tenDigits = digits.length() == 12 ? digits.substring(2) : digits;
        for (String century : centuries) {
            String date = tenDigits.substring(0, 6);
            String number = tenDigits.substring(6);
            forms.add(century + date + "-" + number);
            forms.add(century + date + number);
            forms.add(date + "-" + number);
            forms.add(date + "+" + number);
            forms.add(date + number);
        }
        if (raw.length() >= SHORTEST_SEARCHABLE) {
            forms.add(raw);
        }
        return forms;
    }

    // ---- where to look ----

    /** A file's content in searchable forms: its bytes, and for structured files what they decode to. */
    private record Haystack(String name, List<byte[]> contents) {
    }

    private static List<Haystack> outputs(Path out, Path excluded, String logs) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).filter(f -> excluded == null || !f.startsWith(excluded))
                    .sorted().toList();
        }
        List<Haystack> haystacks = new ArrayList<>();
        for (Path file : files) {
            haystacks.add(haystack(file));
        }
        haystacks.add(haystack(temp.resolve(logs + ".out.log")));
        haystacks.add(haystack(temp.resolve(logs + ".err.log")));
        assertThat(haystacks).extracting(Haystack::name).as("outputs searched").anyMatch(n -> n.endsWith(".parquet"))
                .anyMatch(n -> n.endsWith("warehouse.duckdb")).anyMatch(n -> n.endsWith("rapport.pdf"))
                .anyMatch(n -> n.endsWith("rapport.html")).anyMatch(n -> n.endsWith("indicators.xlsx"))
                .anyMatch(n -> n.endsWith("indicators.csv")).anyMatch(n -> n.endsWith(".svg"))
                .anyMatch(n -> n.endsWith("rejects.csv")).anyMatch(n -> n.endsWith("manifest.json"));
        assertThat(Files.size(temp.resolve(logs + ".out.log"))).as("captured output").isPositive();
        return haystacks;
    }

    private static Haystack haystack(Path file) throws Exception {
        String name = file.toString();
        List<byte[]> contents = new ArrayList<>();
        contents.add(Files.readAllBytes(file));
        if (name.endsWith(".parquet")) {
            contents.add(utf8(parquetRows(file)));
        } else if (name.endsWith(".duckdb")) {
            contents.add(utf8(warehouseRows(file)));
        } else if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                contents.add(utf8(new PDFTextStripper().getText(pdf)));
            }
        } else if (name.endsWith(".xlsx")) {
            contents.addAll(zipEntries(file));
        }
        return new Haystack(name, contents);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(LeakTest.class.getResource("/" + name).toURI());
    }

    private static String parquetRows(Path file) throws SQLException {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
            return rows(duckdb, "SELECT CAST(COLUMNS(*) AS VARCHAR) FROM read_parquet('" + file + "')");
        }
    }

    private static String warehouseRows(Path file) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        StringBuilder text = new StringBuilder();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly)) {
            List<String> relations = new ArrayList<>();
            try (Statement statement = duckdb.createStatement();
                 ResultSet tables = statement.executeQuery("SELECT table_schema, table_name FROM information_schema.tables "
                         + "WHERE table_catalog = current_database() ORDER BY 1, 2")) {
                while (tables.next()) {
                    relations.add('"' + tables.getString(1) + "\".\"" + tables.getString(2) + '"');
                }
            }
            assertThat(relations).as("warehouse tables").hasSizeGreaterThan(10);
            for (String relation : relations) {
                text.append(relation).append('\n')
                        .append(rows(duckdb, "SELECT CAST(COLUMNS(*) AS VARCHAR) FROM " + relation));
            }
        }
        return text.toString();
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

    /** Read through the central directory: {@code ZipInputStream} rejects the local headers fastexcel writes. */
    private static List<byte[]> zipEntries(Path file) throws IOException {
        List<byte[]> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.add(in.readAllBytes());
                }
            }
        }
        assertThat(entries).as("entries of an xlsx file").isNotEmpty();
        return entries;
    }

    // ---- searching ----

    /** File → the identifiers found in it; each identifier is looked for as UTF-8 and as Windows-1252 bytes. */
    private static Map<String, Set<String>> search(Map<String, String> needles, List<Haystack> where) {
        Map<String, String> byBytes = new HashMap<>();
        needles.forEach((form, identifier) -> {
            byBytes.put(latin1(form.getBytes(StandardCharsets.UTF_8)), identifier);
            byBytes.put(latin1(form.getBytes(WINDOWS_1252)), identifier);
        });
        Automaton automaton = new Automaton(byBytes.keySet());
        Map<String, Set<String>> found = new LinkedHashMap<>();
        for (Haystack haystack : where) {
            for (byte[] content : haystack.contents()) {
                for (String hit : automaton.findIn(latin1(content))) {
                    found.computeIfAbsent(haystack.name(), n -> new TreeSet<>()).add(byBytes.get(hit));
                }
            }
        }
        return found;
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(content).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /**
     * Aho–Corasick: finds every one of thousands of words in one pass over tens of megabytes, where a
     * {@code contains} per word would take minutes.
     */
    static final class Automaton {

        private final List<Map<Character, Integer>> next = new ArrayList<>();
        private final List<List<String>> words = new ArrayList<>();
        private final int[] fail;

        Automaton(Collection<String> dictionary) {
            node();
            for (String word : dictionary) {
                int at = 0;
                for (char c : word.toCharArray()) {
                    Integer child = next.get(at).get(c);
                    if (child == null) {
                        child = node();
                        next.get(at).put(c, child);
                    }
                    at = child;
                }
                words.get(at).add(word);
            }
            fail = new int[next.size()];
            ArrayDeque<Integer> queue = new ArrayDeque<>(next.get(0).values());
            while (!queue.isEmpty()) {
                int parent = queue.poll();
                for (Map.Entry<Character, Integer> edge : next.get(parent).entrySet()) {
                    int child = edge.getValue();
                    queue.add(child);
                    int back = fail[parent];
                    while (back != 0 && !next.get(back).containsKey(edge.getKey())) {
                        back = fail[back];
                    }
                    fail[child] = next.get(back).getOrDefault(edge.getKey(), 0);
                    words.get(child).addAll(words.get(fail[child]));
                }
            }
        }

        Set<String> findIn(String text) {
            Set<String> found = new LinkedHashSet<>();
            int at = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                while (at != 0 && !next.get(at).containsKey(c)) {
                    at = fail[at];
                }
                at = next.get(at).getOrDefault(c, 0);
                found.addAll(words.get(at));
            }
            return found;
        }

        private int node() {
            next.add(new HashMap<>());
            words.add(new ArrayList<>());
            return next.size() - 1;
        }
    }
}
