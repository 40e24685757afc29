package se.vinr.publish.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.app.ApplicationStarter;
import se.vinr.cli.VinrCli;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.model.Language;
import se.vinr.reports.text.Vocabulary;
import se.vinr.reports.text.Words;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The issue's attacker, on the demo's real publications: runs {@code vinr demo} once, reads only what a
 * reader of the municipality's website has (every half-year's {@code indicators.csv}, docs/contract.md#indicatorscsv,
 * and {@code indicators.xlsx})
 * plus the public indicator models ({@code sql/indicators/<id>.yml}: {@code additive:}, {@code shared_counts:},
 * {@code cumulative:}), and puts every count the reader sees, across all reports and half-years, into one
 * linear system of its own making (no class of the protection is used; {@link ReaderIntervals} is the
 * tests' own LP reader). Each hidden count's feasible interval is then computed by LP per connected part
 * of the system.
 *
 * <p>What the reader knows, as relations: every additive group in the direction declared (a crossed table
 * declares both), with its total; {@code assumed_additive} keys as parts of {@code all}; {@code subset_key}
 * rows at most {@code all}; declared sums and {@code same_as} as equations, {@code contains} as at most; a
 * cumulative figure's rise from the half-year before equal to that half-year's declared increase; a
 * percentage's numerator at most its denominator; a hidden count at least 1 (zeros are shown), but a share's
 * numerator at least 0 where its row hides the denominator too (the row then prints no numerator); a shown
 * count exact. A relation whose every term is shown and which the shown figures break tells the reader it
 * is not exact, so the reader drops it (counted and printed). The same count shown in several reports is
 * one unknown; where two reports publish different values (a revision), each report's value is its own
 * unknown, linked to nothing but its own report's relations.
 *
 * <p>{@code indicators.xlsx} is read too: it shows every half-year of its report, so the earlier half-years
 * as each later report decided them are further observations, and its own half-year must show no more
 * than the CSV (see {@link #readSpreadsheet}).
 *
 * <p>The warehouse is read for one thing only: which hidden cells are primary (true count 1-4), by
 * running the public indicator queries over its core tables. It never enters the reader's system.
 */
class DemoPublicationsAttackEndToEndTest {

    /** The configured protection level (application.yml {@code vinr.protection-level}, contract §6). */
    private static final int LEVEL = 3;
    private static final Set<String> NOT_COUNTS = Set.of("days");

    @TempDir
    static Path out;

    /** cell key -> report (municipality/period folder) -> the published observation. */
    private static final Map<String, Map<String, Observation>> observations = new TreeMap<>();
    /** report -> keys it publishes. */
    private static final Map<String, Set<String>> reportKeys = new TreeMap<>();
    private static final Map<String, JsonNode> models = new TreeMap<>();
    private static final Map<String, Long> truth = new HashMap<>();
    private static final Map<String, Long> values = new TreeMap<>();
    private static final List<String> droppedRelations = new ArrayList<>();
    private static final List<String> contradictions = new ArrayList<>();
    /** For the report when a cell is pinned: the relations of its connected part, with what is shown. */
    private static final List<String> pinnedBy = new ArrayList<>();
    private static final Set<String> queriesFailed = new TreeSet<>();
    /** indicator -> its unit code, and the breakdown codes the CSVs publish, for reading the spreadsheets. */
    private static final Map<String, String> units = new HashMap<>();
    private static final Map<String, Set<String>> breakdownsSeen = new HashMap<>();
    /** report -> row base -> what its CSV prints (the first of a row's reference-area lines). */
    private static final Map<String, Map<String, Printed>> csvRows = new HashMap<>();
    /** What a spreadsheet shows that its report's CSV hides, or that no CSV explains. */
    private static final List<String> spreadsheetLeaks = new ArrayList<>();
    private static int spreadsheetRows;

    /**
     * @param lowest what the reader knows of a hidden count: at least 1 (zeros are shown), except a
     *               share's or ratio's numerator in a row whose denominator is hidden too, which the row
     *               leaves empty whatever it is (docs/contract.md), so at least 0
     */
    private record Observation(Long shown, long lowest) {
        boolean hidden() {
            return shown == null;
        }
    }

    @BeforeAll
    static void attackEveryPublication() throws IOException, SQLException {
        StringWriter errors = new StringWriter();
        int code = new VinrCli(new PrintWriter(new StringWriter(), true), new PrintWriter(errors, true),
                new ApplicationStarter()).execute("demo", "--out", out.toString());
        assertThat(code).as(errors.toString()).isZero();
        readModels();
        readPublications();
        readTruth();
        solve();
        print();
    }

    // ---------------------------------------------------------------- the published files

    private static void readPublications() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out.resolve("reports"))) {
            files = walk.filter(p -> p.getFileName().toString().equals("indicators.csv")).sorted().toList();
        }
        assertThat(files).as("the demo's ten half-year reports").hasSizeGreaterThanOrEqualTo(10);
        for (Path file : files) {
            String report = out.resolve("reports").relativize(file.getParent()).toString();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
                    String unit = row.get("unit");
                    boolean suppressed = Boolean.parseBoolean(row.get("suppressed"));
                    String base = row.get("municipality") + "|" + row.get("indicator") + "|"
                            + normalise(row.get("breakdown")) + "|" + row.get("period");
                    units.put(row.get("indicator"), unit);
                    breakdownsSeen.computeIfAbsent(row.get("indicator"), i -> new TreeSet<>())
                            .add(row.get("breakdown"));
                    csvRows.computeIfAbsent(report, r -> new HashMap<>()).putIfAbsent(base,
                            new Printed(row.get("numerator"), row.get("denominator"), suppressed));
                    observeRow(report, base, unit, row.get("numerator"), row.get("denominator"), suppressed);
                }
            }
        }
        for (Path file : files) {
            readSpreadsheet(out.resolve("reports").relativize(file.getParent()).toString(),
                    file.resolveSibling("indicators.xlsx"));
        }
    }

    private static void observeRow(String report, String base, String unit, String numerator, String denominator,
            boolean suppressed) {
        boolean divided = unit.equals("percent") || unit.equals("ratio");
        if (!NOT_COUNTS.contains(unit)) {
            observe(report, base, "numerator", numerator, suppressed, divided && denominator.isEmpty() ? 0 : 1);
        }
        if (divided || !denominator.isEmpty()) {
            observe(report, base, "denominator", denominator, suppressed, 1);
        }
    }

    /**
     * {@code indicators.xlsx} holds every half-year of the report, each as this report decided it, where the
     * CSV holds only the report's own: the earlier half-years are the reader's further observations (a
     * revised figure is its own unknown, as between CSVs). Its own half-year must show exactly what the CSV
     * shows, and its control-chart sheet no point of a hidden figure. The sheet names a breakdown and a
     * half-year in words: they are matched to the codes the CSVs use through the reports' own vocabulary.
     */
    private static void readSpreadsheet(String report, Path xlsx) throws IOException {
        assertThat(xlsx).as("every report publishes indicators.xlsx").exists();
        String municipality = Path.of(report).getName(0).toString();
        String ownPeriod = Path.of(report).getFileName().toString();
        Map<String, Map<String, String>> codes = breakdownCodes();
        Set<String> hiddenInSheets = new HashSet<>();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            for (Sheet sheet : sheets) {
                if (sheet.getName().equals("Styrdiagram")) {
                    continue;
                }
                boolean data = false;
                for (Row row : sheet.read()) {
                    if (!data) {
                        data = row.getCellCount() > 14 && text(row, 3).equals("Indikator-id");
                        continue;
                    }
                    String indicator = text(row, 3);
                    String unit = units.get(indicator);
                    String period = halfYear(text(row, 1));
                    String breakdown = codes.getOrDefault(indicator, Map.of()).get(text(row, 4));
                    if (unit == null || period == null || breakdown == null) {
                        spreadsheetLeaks.add(report + ": a spreadsheet row no CSV explains: " + indicator + " / "
                                + text(row, 4) + " / " + text(row, 1));
                        continue;
                    }
                    spreadsheetRows++;
                    boolean hidden = text(row, 14).equals("ja");
                    String numerator = hidden ? "" : number(row, 5);
                    String denominator = number(row, 6);
                    if (hidden && !text(row, 5).equals("..") && !NOT_COUNTS.contains(unit)) {
                        spreadsheetLeaks.add(report + ": hidden row shows numerator " + text(row, 5) + ": " + indicator);
                    }
                    String base = municipality + "|" + indicator + "|" + breakdown + "|" + period;
                    if (hidden) {
                        hiddenInSheets.add(indicator + "|" + breakdown + "|" + period);
                    }
                    if (period.equals(ownPeriod)) {
                        Printed csv = csvRows.getOrDefault(report, Map.of()).get(base);
                        Printed sheetRow = new Printed(numerator, denominator, hidden);
                        if (csv == null || !csv.sameAs(sheetRow)) {
                            spreadsheetLeaks.add(report + ": " + base + " is " + sheetRow + " in the spreadsheet, "
                                    + csv + " in the CSV");
                        }
                    }
                    observeRow(report, base, unit, numerator, denominator, hidden);
                }
            }
            for (Sheet sheet : sheets) {
                if (!sheet.getName().equals("Styrdiagram")) {
                    continue;
                }
                List<Row> rows = sheet.read();
                for (Row row : rows.subList(1, rows.size())) {
                    String breakdown = codes.getOrDefault(text(row, 1), Map.of()).get(text(row, 2));
                    String point = text(row, 1) + "|" + breakdown + "|" + text(row, 3);
                    if (hiddenInSheets.contains(point) && !text(row, 4).isEmpty()) {
                        spreadsheetLeaks.add(report + ": the control chart shows the hidden " + point + " as "
                                + text(row, 4));
                    }
                }
            }
        }
    }

    /** Per indicator, the spreadsheet's words for each breakdown code the CSVs publish. */
    private static Map<String, Map<String, String>> breakdownCodes() {
        Vocabulary vocabulary = new Vocabulary(new Words(Language.SV));
        Map<String, Map<String, String>> codes = new HashMap<>();
        breakdownsSeen.forEach((indicator, seen) -> {
            Map<String, String> byWords = new HashMap<>();
            for (String code : seen) {
                // The spreadsheet names a row's parts in the order the CSV writes them.
                String words = vocabulary.breakdown(Breakdown.parse(code));
                String before = byWords.put(words, normalise(code));
                assertThat(before == null || before.equals(normalise(code))).as("two breakdowns of %s read '%s' in the spreadsheet", indicator, words).isTrue();
            }
            codes.put(indicator, byWords);
        });
        return codes;
    }

    private static final Pattern HALF_YEAR = Pattern.compile("(första|andra) halvåret (\\d{4})");

    private static String halfYear(String words) {
        Matcher m = HALF_YEAR.matcher(words.strip());
        return m.matches() ? m.group(2) + (m.group(1).equals("första") ? "H1" : "H2") : null;
    }

    private static String text(Row row, int column) {
        return row.getCellCount() > column ? row.getCellText(column).strip() : "";
    }

    /** A number cell as the CSV writes it ({@code 16}, not {@code 16.0}), else empty. */
    private static String number(Row row, int column) {
        return row.getOptionalCell(column).filter(c -> c.getType() == CellType.NUMBER)
                .map(c -> c.asNumber().stripTrailingZeros().toPlainString()).orElse("");
    }

    /** What one row prints of its counts, compared as numbers. */
    private record Printed(String numerator, String denominator, boolean suppressed) {
        boolean sameAs(Printed other) {
            return suppressed == other.suppressed && same(numerator, other.numerator)
                    && same(denominator, other.denominator);
        }

        private static boolean same(String a, String b) {
            return a.isEmpty() || b.isEmpty() ? a.isEmpty() == b.isEmpty()
                    : Double.parseDouble(a) == Double.parseDouble(b);
        }
    }

    private static void observe(String report, String base, String count, String text, boolean suppressed,
            long lowest) {
        Observation observation;
        if (!text.isEmpty()) {
            double v = Double.parseDouble(text);
            assertThat(v).as("a published count is whole: " + base).isEqualTo(Math.rint(v));
            observation = new Observation((long) v, (long) v);
        } else if (suppressed) {
            observation = new Observation(null, lowest);
        } else {
            return;
        }
        String key = base + "|" + count;
        observations.computeIfAbsent(key, k -> new TreeMap<>()).put(report, observation);
        reportKeys.computeIfAbsent(report, r -> new LinkedHashSet<>()).add(key);
    }

    /** {@code all}, or the {@code key=value} parts sorted by key, so that parts match whatever their order. */
    private static String normalise(String breakdown) {
        return breakdown.equals("all") || breakdown.isEmpty() ? "all" : String.join(";", parse(breakdown).entrySet()
                .stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static TreeMap<String, String> parse(String breakdown) {
        TreeMap<String, String> parts = new TreeMap<>();
        if (!breakdown.equals("all") && !breakdown.isEmpty()) {
            for (String part : breakdown.split(";")) {
                int eq = part.indexOf('=');
                parts.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return parts;
    }

    private static void readModels() throws IOException {
        YAMLMapper yaml = YAMLMapper.builder().build();
        try (Stream<Path> files = Files.list(sqlRoot().resolve("indicators"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml") && !f.toString().endsWith(".test.yml"))
                    .sorted().toList()) {
                models.put(file.getFileName().toString().replace(".yml", ""), yaml.readTree(file.toFile()));
            }
        }
        assertThat(models).isNotEmpty();
    }

    private static Path sqlRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("sql").resolve("indicators"))) {
                return dir.resolve("sql");
            }
        }
        throw new IllegalStateException("no sql/indicators folder above " + Path.of("").toAbsolutePath());
    }

    // ---------------------------------------------------------------- the truth, for primaries only

    private static void readTruth() throws SQLException, IOException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + out.resolve("warehouse.duckdb"),
                readOnly)) {
            for (String id : models.keySet()) {
                Path query = sqlRoot().resolve("indicators").resolve(id + ".sql");
                if (!Files.exists(query)) {
                    continue;
                }
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery(Files.readString(query))) {
                    while (rows.next()) {
                        String base = rows.getString("municipality") + "|" + id + "|"
                                + normalise(rows.getString("breakdown")) + "|" + rows.getString("period");
                        for (String count : List.of("numerator", "denominator")) {
                            double v = rows.getDouble(count);
                            if (!rows.wasNull()) {
                                truth.put(base + "|" + count, Math.round(v));
                            }
                        }
                    }
                } catch (SQLException e) {
                    queriesFailed.add(id);
                }
            }
        }
    }

    // ---------------------------------------------------------------- the reader's system

    /** The unknown or shown quantity a report's cell stands for: one per key unless reports disagree. */
    private static String id(String key, String report) {
        Map<String, Observation> seen = observations.get(key);
        Set<Long> shown = new HashSet<>();
        seen.values().forEach(o -> {
            if (!o.hidden()) {
                shown.add(o.shown());
            }
        });
        return shown.size() <= 1 ? key : key + "@" + report;
    }

    private static Observation observation(String id) {
        int at = id.indexOf('@');
        Map<String, Observation> seen = observations.get(at < 0 ? id : id.substring(0, at));
        if (at >= 0) {
            return seen.get(id.substring(at + 1));
        }
        return seen.values().stream().filter(o -> !o.hidden()).findFirst().orElse(new Observation(null,
                seen.values().stream().mapToLong(Observation::lowest).max().orElse(1)));
    }

    /** One relation: {@code sum}: terms[0] = Σ terms[1..]; {@code atMost}: terms[0] ≤ terms[1]. */
    private record Relation(String kind, List<String> terms, String why) {
    }

    private static List<Relation> relations() {
        Set<Relation> all = new LinkedHashSet<>();
        for (var entry : reportKeys.entrySet()) {
            String report = entry.getKey();
            Map<String, String> ids = new LinkedHashMap<>();
            for (String key : entry.getValue()) {
                ids.put(key, id(key, report));
            }
            Function<String, String> lookup = ids::get;
            Set<String> bases = new TreeSet<>();
            for (String key : entry.getValue()) {
                String[] f = key.split("\\|");
                bases.add(f[0] + "|" + f[3]);
            }
            for (String municipalityPeriod : bases) {
                String[] mp = municipalityPeriod.split("\\|");
                relationsOfOnePeriod(mp[0], mp[1], lookup, all);
            }
        }
        return new ArrayList<>(all);
    }

    private static void relationsOfOnePeriod(String municipality, String period, Function<String, String> lookup,
            Set<Relation> all) {
        for (var model : models.entrySet()) {
            String own = model.getKey();
            JsonNode yaml = model.getValue();
            Map<String, TreeMap<String, String>> rows = rowsOf(municipality, own, period, lookup);
            for (JsonNode form : yaml.path("additive")) {
                additive(form.asString(), own, municipality, period, rows, lookup, all);
            }
            JsonNode shared = yaml.path("shared_counts");
            for (JsonNode key : shared.path("assumed_additive")) {
                additive(key.asString(), own, municipality, period, rows, lookup, all);
            }
            if (shared.has("subset_key")) {
                String subset = shared.path("subset_key").asString();
                String whole = lookup.apply(key(municipality, own, "all", period, "numerator"));
                for (var row : rows.entrySet()) {
                    String part = lookup.apply(key(municipality, own, row.getKey(), period, "numerator"));
                    if (whole != null && part != null && row.getValue().keySet().equals(Set.of(subset))) {
                        all.add(new Relation("atMost", List.of(part, whole), own + " subset_key " + subset));
                    }
                }
            }
            for (JsonNode sum : shared.path("sums")) {
                String total = ref(sum.path("total"), own, municipality, period, lookup);
                if (total == null) {
                    continue;
                }
                List<String> terms = new ArrayList<>(List.of(total));
                for (JsonNode part : sum.path("parts")) {
                    String p = ref(part, own, municipality, period, lookup);
                    if (p != null) {
                        terms.add(p);
                    }
                }
                all.add(new Relation("sum", terms, own + " shared sum"));
            }
            for (JsonNode same : shared.path("same_as")) {
                String other = same.path("indicator").asString();
                String count = same.path("count").asString("numerator");
                for (String breakdown : rows.keySet()) {
                    String a = lookup.apply(key(municipality, own, breakdown, period, count));
                    String b = lookup.apply(key(municipality, other, breakdown, period, count));
                    if (a != null && b != null) {
                        all.add(new Relation("sum", List.of(a, b), own + " same_as " + other));
                    }
                }
            }
            for (JsonNode contains : shared.path("contains")) {
                String whole = ref(contains.path("whole"), own, municipality, period, lookup);
                String part = ref(contains.path("part"), own, municipality, period, lookup);
                if (whole != null && part != null) {
                    all.add(new Relation("atMost", List.of(part, whole), own + " contains"));
                }
            }
            for (JsonNode step : shared.path("steps")) {
                String now = ref(step.path("cumulative"), own, municipality, period, lookup);
                String increase = ref(step.path("increase"), own, municipality, period, lookup);
                String previousKey = refKey(step.path("cumulative"), own, municipality, previous(period));
                if (now == null || increase == null || !observations.containsKey(previousKey)) {
                    continue;
                }
                // the half-year before lies in another report: every value it was published with
                for (String before : observations.get(previousKey).keySet()) {
                    all.add(new Relation("sum", List.of(now, id(previousKey, before), increase),
                            own + " cumulative step " + period));
                }
            }
            for (String breakdown : rows.keySet()) {
                String numerator = lookup.apply(key(municipality, own, breakdown, period, "numerator"));
                String denominator = lookup.apply(key(municipality, own, breakdown, period, "denominator"));
                if (numerator != null && denominator != null && "percent".equals(yaml.path("unit").asString(""))) {
                    all.add(new Relation("atMost", List.of(numerator, denominator), own + " share"));
                }
            }
        }
        all.removeIf(r -> r.terms().size() < 2);
    }

    private static Map<String, TreeMap<String, String>> rowsOf(String municipality, String indicator, String period,
            Function<String, String> lookup) {
        Map<String, TreeMap<String, String>> rows = new TreeMap<>();
        String prefix = municipality + "|" + indicator + "|";
        for (String key : observations.keySet()) {
            String[] f = key.split("\\|");
            if (key.startsWith(prefix) && f[3].equals(period) && lookup.apply(key) != null) {
                rows.put(f[2], parse(f[2]));
            }
        }
        return rows;
    }

    /** {@code key} or {@code key within pattern}: each total row matching the pattern = Σ its rows with key added. */
    private static void additive(String form, String own, String municipality, String period,
            Map<String, TreeMap<String, String>> rows, Function<String, String> lookup, Set<Relation> all) {
        String[] split = form.split(" within ");
        String added = split[0].trim();
        TreeMap<String, String> pattern = parse(split.length > 1 ? split[1].trim() : "all");
        for (var total : rows.entrySet()) {
            TreeMap<String, String> t = total.getValue();
            if (!t.keySet().equals(pattern.keySet()) || pattern.entrySet().stream()
                    .anyMatch(p -> !p.getValue().equals("*") && !p.getValue().equals(t.get(p.getKey())))) {
                continue;
            }
            for (String count : List.of("numerator", "denominator")) {
                String totalId = lookup.apply(key(municipality, own, total.getKey(), period, count));
                if (totalId == null) {
                    continue;
                }
                List<String> terms = new ArrayList<>(List.of(totalId));
                for (var part : rows.entrySet()) {
                    TreeMap<String, String> p = part.getValue();
                    if (p.size() == t.size() + 1 && p.containsKey(added) && p.entrySet().containsAll(t.entrySet())) {
                        String partId = lookup.apply(key(municipality, own, part.getKey(), period, count));
                        if (partId != null) {
                            terms.add(partId);
                        }
                    }
                }
                if (terms.size() > 1) {
                    all.add(new Relation("sum", terms, own + " additive " + form));
                }
            }
        }
    }

    private static String key(String municipality, String indicator, String breakdown, String period, String count) {
        return municipality + "|" + indicator + "|" + normalise(breakdown) + "|" + period + "|" + count;
    }

    private static String refKey(JsonNode ref, String own, String municipality, String period) {
        return key(municipality, ref.path("indicator").asString(own), ref.path("breakdown").asString("all"), period,
                ref.path("count").asString("numerator"));
    }

    /** A declared count in this report; a sum's missing part row is a zero the query did not list. */
    private static String ref(JsonNode ref, String own, String municipality, String period,
            Function<String, String> lookup) {
        return lookup.apply(refKey(ref, own, municipality, period));
    }

    private static String previous(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        return period.endsWith("H2") ? year + "H1" : (year - 1) + "H2";
    }

    // ---------------------------------------------------------------- LP per connected part

    private static void solve() {
        List<Relation> relations = relations();
        Map<String, String> parent = new HashMap<>();
        List<Relation> kept = new ArrayList<>();
        for (Relation r : relations) {
            List<String> unknown = r.terms().stream().filter(t -> observation(t).hidden()).toList();
            if (unknown.isEmpty()) {
                if (!holds(r)) {
                    droppedRelations.add(r.why() + " " + r.terms());
                }
                continue;
            }
            kept.add(r);
            for (String u : unknown) {
                union(parent, unknown.get(0), u);
            }
        }
        Map<String, List<Relation>> byComponent = new HashMap<>();
        for (Relation r : kept) {
            String first = r.terms().stream().filter(t -> observation(t).hidden()).findFirst().orElseThrow();
            byComponent.computeIfAbsent(find(parent, first), c -> new ArrayList<>()).add(r);
        }
        Set<String> hidden = new TreeSet<>();
        for (var e : observations.entrySet()) {
            for (String report : e.getValue().keySet()) {
                String id = id(e.getKey(), report);
                if (observation(id).hidden()) {
                    hidden.add(id);
                }
            }
        }
        Map<String, List<String>> members = new HashMap<>();
        for (String h : hidden) {
            members.computeIfAbsent(find(parent, h), c -> new ArrayList<>()).add(h);
        }
        for (var component : members.entrySet()) {
            ReaderIntervals reader = new ReaderIntervals();
            for (Relation r : byComponent.getOrDefault(component.getKey(), List.of())) {
                for (String t : r.terms()) {
                    Observation o = observation(t);
                    if (o.hidden()) {
                        reader.unknown(t, o.lowest());
                    } else {
                        reader.shown(t, o.shown());
                    }
                }
                if (r.kind().equals("sum")) {
                    reader.sum(r.terms());
                } else {
                    reader.atMost(r.terms().get(0), r.terms().get(1));
                }
            }
            for (String h : component.getValue()) {
                if (reader.isUnknown(h) && reader.values(h) < 2) {
                    byComponent.getOrDefault(component.getKey(), List.of()).forEach(r -> pinnedBy.add(h + " by "
                            + r.why() + ": " + r.kind() + " " + r.terms().stream().map(t -> t.substring(t.indexOf('|')
                            + 1) + "=" + (observation(t).hidden() ? ".." : observation(t).shown())).toList()));
                }
                if (!reader.isUnknown(h)) {
                    values.put(h, Long.MAX_VALUE); // in no relation at all: anything from 1 up
                    continue;
                }
                try {
                    values.put(h, reader.values(h));
                } catch (AssertionError infeasible) {
                    contradictions.add(h);
                }
            }
        }
    }

    private static boolean holds(Relation r) {
        long first = observation(r.terms().get(0)).shown();
        long rest = 0;
        for (int i = 1; i < r.terms().size(); i++) {
            rest += observation(r.terms().get(i)).shown();
        }
        return r.kind().equals("sum") ? first == rest : first <= rest;
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) {
            return x;
        }
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private static boolean primary(String id) {
        int at = id.indexOf('@');
        String key = at < 0 ? id : id.substring(0, at);
        String indicator = key.split("\\|")[1];
        if (queriesFailed.contains(indicator)) {
            return true; // its truth is unknown here: hold it to the level, as if primary
        }
        Long v = truth.get(key);
        return v != null && v >= 1 && v <= 4;
    }

    private static void print() {
        long pinned = values.values().stream().filter(v -> v <= 1).count();
        long narrow = values.entrySet().stream().filter(e -> primary(e.getKey()) && e.getValue() < LEVEL).count();
        System.out.printf("attacker: %d spreadsheet rows read, %d spreadsheet leaks%n", spreadsheetRows,
                spreadsheetLeaks.size());
        spreadsheetLeaks.forEach(l -> System.out.println("attacker: spreadsheet " + l));
        System.out.printf("attacker: %d hidden cells, %d pinned, %d primary (of %d) narrower than %d values,"
                + " %d relations dropped as broken by shown figures, %d contradictions, queries failed %s%n",
                values.size(), pinned, narrow, values.keySet().stream().filter(DemoPublicationsAttackEndToEndTest::primary)
                        .count(), LEVEL, droppedRelations.size(), contradictions.size(), queriesFailed);
        values.forEach((id, v) -> {
            if (v < LEVEL) {
                System.out.printf("attacker: %s -> %d values%s%n", id, v, primary(id) ? " (primary)" : "");
            }
        });
        droppedRelations.forEach(r -> System.out.println("attacker: dropped " + r));
        pinnedBy.forEach(r -> System.out.println("attacker: pinned " + r));
    }

    // ---------------------------------------------------------------- the assertions

    @Test
    void theReaderHasAHiddenCellToAttack() {
        assertThat(values).isNotEmpty();
        assertThat(contradictions).as("hidden cells whose declared relations the published figures contradict")
                .isEmpty();
    }

    @Test
    void noHiddenCellIsPinnedToOneValue() {
        assertThat(values.entrySet().stream().filter(e -> e.getValue() <= 1).map(Map.Entry::getKey).toList())
                .as("hidden cells a reader pins to one value").isEmpty();
    }

    @Test
    void theSpreadsheetsShowNothingTheirCsvHides() {
        assertThat(spreadsheetRows).as("indicator rows read from the reports' spreadsheets").isPositive();
        assertThat(spreadsheetLeaks).as("spreadsheet rows that show more than the CSV, or that no CSV explains")
                .isEmpty();
    }

    @Test
    void everyPrimaryCellKeepsAtLeastTheProtectionLevelOfValues() {
        assertThat(values.entrySet().stream().filter(e -> primary(e.getKey()) && e.getValue() < LEVEL)
                .map(e -> e.getKey() + " (" + e.getValue() + " values)").toList())
                .as("primary cells (true count 1-4) with fewer than %d feasible values", LEVEL).isEmpty();
    }

    @Test
    void aHiddenProgrammeShareIsNotRevealedByShownProgrammeInterventions() {
        List<String> leaks = new ArrayList<>();
        for (String key : observations.keySet()) {
            String[] f = key.split("\\|");
            // Hidden in every report that shows the half-year (a later report may hide what an earlier one
            // showed, by the revision rule; what was shown once is no secret to protect).
            if (f[1].equals("perpetrator_programme_share") && f[2].equals("all") && f[4].equals("numerator")
                    && observations.get(key).values().stream().allMatch(Observation::hidden)) {
                String interventions = key(f[0], "interventions", "type=perpetrator_programme", f[3], "numerator");
                Map<String, Observation> seen = observations.getOrDefault(interventions, Map.of());
                if (seen.values().stream().anyMatch(o -> !o.hidden())) {
                    leaks.add(f[3]);
                }
            }
        }
        assertThat(leaks).as("half-years whose programme share is hidden while programme interventions are shown")
                .isEmpty();
    }

    @Test
    void cumulativeCoverageStepsDoNotRevealHiddenCompletions() {
        List<String> leaks = new ArrayList<>();
        for (var model : models.entrySet()) {
            for (JsonNode step : model.getValue().path("shared_counts").path("steps")) {
                for (String key : observations.keySet()) {
                    String[] f = key.split("\\|");
                    String increase = refKey(step.path("increase"), model.getKey(), f[0], f[3]);
                    if (!key.equals(increase) || observations.get(key).values().stream().noneMatch(Observation::hidden)) {
                        continue;
                    }
                    String now = refKey(step.path("cumulative"), model.getKey(), f[0], f[3]);
                    String before = refKey(step.path("cumulative"), model.getKey(), f[0], previous(f[3]));
                    if (shownAnywhere(now) && shownAnywhere(before)) {
                        leaks.add(key + " = " + now + " - " + before);
                    }
                }
            }
        }
        assertThat(leaks).as("hidden completions that are the difference of two shown cumulative figures").isEmpty();
        assertThat(values.entrySet().stream().filter(e -> e.getKey().contains("|training_") && e.getValue() < 2)
                .map(Map.Entry::getKey).toList()).as("training cells pinned").isEmpty();
    }

    @Test
    void theVictimsSexByAgeTableIsNotPinnedByBounds() {
        List<String> cells = values.keySet().stream()
                .filter(id -> id.contains("|new_cases|") && id.contains("sex=") && id.contains("age_band=")).toList();
        assertThat(cells.stream().filter(id -> values.get(id) < 2 || primary(id) && values.get(id) < LEVEL)
                .map(id -> id + " (" + values.get(id) + " values)").toList())
                .as("hidden victims sex x age cells pinned or narrower than the level").isEmpty();
    }

    private static boolean shownAnywhere(String key) {
        return observations.getOrDefault(key, Map.of()).values().stream().anyMatch(o -> !o.hidden());
    }
}
