package se.vinr.national;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.vinr.load.Warehouse;

/**
 * Loads the shipped seed CSVs ({@code seeds/}) into ref: counties, municipalities, population,
 * national reference figures, real Kolada values with their KPIs' metadata, and series breaks, all in one
 * transaction. Loading again replaces
 * what the seeds gave before, so it is idempotent; population and figures that other imports
 * gave are kept (a later import of the same key replaces a seed value, and the seeds replace it
 * back when loaded again: the last import wins).
 */
public final class SeedLoader {

    static final String COUNTIES = "counties.csv";
    static final String MUNICIPALITIES = "municipalities.csv";
    static final String POPULATION = "population.csv";
    static final String NATIONAL_REFERENCE = "national_reference.csv";
    static final String SERIES_BREAKS = "series_breaks.csv";
    static final String KOLADA_FIGURES = "kolada_figures.csv";
    static final String KOLADA_KPIS = "kolada_kpis.csv";
    static final String KOLADA_GROUPS = "kolada_groups.csv";
    /** Every seed file, in the order they are loaded (the three Kolada files may be absent from a configured folder). */
    public static final List<String> FILES = List.of(COUNTIES, MUNICIPALITIES, POPULATION, NATIONAL_REFERENCE,
            KOLADA_KPIS, KOLADA_FIGURES, KOLADA_GROUPS, SERIES_BREAKS);
    /** Where the shipped Kolada values come from, beside "Källa: Kolada" as Kolada's terms ask. */
    static final String KOLADA_DUMP = "via open-numbers/ddf--kolada--dump, commit 8501d5c";

    private static final Set<String> SEXES = Set.of("T", "K", "M");
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SeedLoader.class);

    private final ReferenceStore store;

    public SeedLoader(ReferenceStore store) {
        this.store = store;
    }

    /** Loads every seed file of {@code seedsDir}; returns one result per file. */
    public List<ImportResult> load(Warehouse warehouse, Path seedsDir) {
        List<CSVRecord> counties = read(seedsDir, COUNTIES, "county_code", "county_name");
        List<CSVRecord> municipalities = read(seedsDir, MUNICIPALITIES, "municipality_code", "municipality_name",
                "county_code", "county_name", "skr_group_code", "skr_group_name", "skr_main_group");
        ImportBatch population = population(seedsDir.resolve(POPULATION),
                read(seedsDir, POPULATION, "municipality_code", "year", "sex", "age_group", "population", "source", "derived"));
        ImportBatch figures = figures(seedsDir.resolve(NATIONAL_REFERENCE), read(seedsDir, NATIONAL_REFERENCE,
                "reference_id", "domain", "indicator", "geography", "year", "sex", "value", "unit", "qualifier", "source",
                "source_quote"));
        // The Kolada seeds are optional in a configured seeds folder made before they shipped; said, not silent.
        boolean withKolada = Files.isRegularFile(seedsDir.resolve(KOLADA_FIGURES));
        ImportBatch kolada = !withKolada ? null : koladaFigures(seedsDir.resolve(KOLADA_FIGURES), read(seedsDir,
                KOLADA_KPIS, "kpi", "title", "description", "operating_area", "is_divided_by_gender"), read(seedsDir,
                KOLADA_FIGURES, "kpi", "municipality_code", "year", "gender", "value"));
        ImportBatch groups = !Files.isRegularFile(seedsDir.resolve(KOLADA_GROUPS)) ? null : koladaGroups(
                seedsDir.resolve(KOLADA_GROUPS), read(seedsDir, KOLADA_GROUPS, "group_id", "title", "member_id",
                "member_title"));
        if (!withKolada || groups == null) {
            log.warn("the seeds folder {} has no {}: no real Kolada {} are loaded from it", seedsDir,
                    !withKolada ? KOLADA_FIGURES : KOLADA_GROUPS, !withKolada ? "values" : "peer groups");
        }
        List<CSVRecord> breaks = read(seedsDir, SERIES_BREAKS, "break_date", "scope", "description_sv", "description_en",
                "source");
        breaks.forEach(SeedLoader::breakDate);

        return warehouse.inTransaction(connection -> {
            List<ImportResult> results = new ArrayList<>();
            results.add(replace(connection, seedsDir.resolve(COUNTIES), "ref.counties", counties, 2,
                    r -> new Object[] {r.get("county_code"), r.get("county_name")}));
            results.add(replace(connection, seedsDir.resolve(MUNICIPALITIES), "ref.municipalities", municipalities, 7,
                    r -> new Object[] {r.get("municipality_code"), r.get("municipality_name"), r.get("county_code"),
                            r.get("county_name"), blank(r.get("skr_group_code")), blank(r.get("skr_group_name")),
                            blank(r.get("skr_main_group"))}));
            results.add(store.write(connection, population));
            results.add(store.write(connection, figures));
            if (kolada != null) {
                results.add(store.write(connection, kolada));
            }
            if (groups != null) {
                results.add(store.write(connection, groups));
            }
            results.add(replace(connection, seedsDir.resolve(SERIES_BREAKS), "ref.series_breaks", breaks, 5,
                    r -> new Object[] {breakDate(r), r.get("scope"), r.get("description_sv"), r.get("description_en"),
                            r.get("source")}));
            return results;
        });
    }

    private ImportResult replace(Connection connection, Path file, String table, List<CSVRecord> records, int columns,
                                 Function<CSVRecord, Object[]> values) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.execute("DELETE FROM " + table);
        }
        String marks = String.join(", ", Collections.nCopies(columns, "?"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
            for (CSVRecord record : records) {
                Object[] row = values.apply(record);
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            if (!records.isEmpty()) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new NationalImportException(file.getFileName() + " could not be stored in " + table + ": " + e.getMessage(), e);
        }
        String format = "seed:" + file.getFileName();
        ImportBatch batch = new ImportBatch(file, format, List.of(), List.of(), true, List.of());
        long importId = store.record(connection, file.toAbsolutePath().normalize().toString(), format,
                ReferenceStore.sha256(batch), records.size());
        return new ImportResult(importId, file, format, records.size(), 0, List.of());
    }

    private static ImportBatch population(Path file, List<CSVRecord> records) {
        List<PopulationFigure> population = new ArrayList<>();
        for (CSVRecord r : records) {
            String where = file.getFileName() + " line " + (r.getRecordNumber() + 1);
            String code = r.get("municipality_code");
            if (!code.matches("\\d{4}")) {
                throw new NationalImportException(where + ": municipality_code '" + code + "' is not four digits");
            }
            String sex = r.get("sex");
            if (!SEXES.contains(sex)) {
                throw new NationalImportException(where + ": sex '" + sex + "' is not T, K or M");
            }
            try {
                population.add(new PopulationFigure(code, Integer.parseInt(r.get("year")), sex, r.get("age_group"),
                        Long.parseLong(r.get("population")), r.get("source"), Boolean.parseBoolean(r.get("derived"))));
            } catch (NumberFormatException e) {
                throw new NationalImportException(where + ": year and population must be whole numbers");
            }
        }
        return new ImportBatch(file, "seed:" + POPULATION, List.of(), population, true, List.of());
    }

    private static ImportBatch figures(Path file, List<CSVRecord> records) {
        List<NationalFigure> figures = new ArrayList<>();
        for (CSVRecord r : records) {
            String where = file.getFileName() + " line " + (r.getRecordNumber() + 1);
            String sex = r.get("sex");
            if (!SEXES.contains(sex)) {
                throw new NationalImportException(where + ": sex '" + sex + "' is not T, K or M");
            }
            Double value;
            try {
                value = r.get("value").isBlank() ? null : Double.valueOf(r.get("value"));
            } catch (NumberFormatException e) {
                throw new NationalImportException(where + ": value '" + r.get("value") + "' is not a number");
            }
            String geography = r.get("geography");
            figures.add(new NationalFigure(r.get("indicator"), Area.fromSeedGeography(geography), r.get("year"), sex, value,
                    blank(r.get("unit")), r.get("source"), r.get("reference_id"), r.get("domain"), geography,
                    blank(r.get("qualifier")), blank(r.get("source_quote"))));
        }
        return new ImportBatch(file, "seed:" + NATIONAL_REFERENCE, figures, List.of(), true, List.of());
    }

    /**
     * Kolada values as the dump gives them, each with its KPI's unit (from the title) and source. Police-reported
     * offences (the KPI's definition names BRÅ as its source) are filed under a {@code bra_} domain: they count
     * offences per 100,000 inhabitants of all ages, never comparable with persons in social-services cases, so
     * they are context only.
     */
    private static ImportBatch koladaFigures(Path file, List<CSVRecord> kpiRecords, List<CSVRecord> records) {
        Map<String, KoladaKpi> kpis = new HashMap<>();
        Map<String, Boolean> policeReported = new HashMap<>();
        for (CSVRecord r : kpiRecords) {
            kpis.put(r.get("kpi"), KoladaKpi.of(r.get("kpi"), r.get("title"), r.get("description"),
                    "1".equals(r.get("is_divided_by_gender"))));
            policeReported.put(r.get("kpi"), r.get("description").contains("Källa: BRÅ"));
        }
        List<NationalFigure> figures = new ArrayList<>();
        for (CSVRecord r : records) {
            String where = file.getFileName() + " line " + (r.getRecordNumber() + 1);
            KoladaKpi kpi = kpis.get(r.get("kpi"));
            if (kpi == null) {
                throw new NationalImportException(where + ": KPI '" + r.get("kpi") + "' is not described in " + KOLADA_KPIS);
            }
            String area = Area.fromKolada(r.get("municipality_code"));
            if (area == null || !SEXES.contains(r.get("gender")) || !r.get("year").matches("\\d{4}")) {
                throw new NationalImportException(where + ": '" + r.get("municipality_code") + "', '" + r.get("year")
                        + "', '" + r.get("gender") + "' is not a Kolada area, year and gender (T, K or M)");
            }
            Double value;
            try {
                value = Double.valueOf(r.get("value"));
            } catch (NumberFormatException e) {
                throw new NationalImportException(where + ": value '" + r.get("value") + "' is not a number");
            }
            String domain = policeReported.get(kpi.id()) ? "bra_kolada" : "kolada";
            figures.add(new NationalFigure(kpi.id(), area, r.get("year"), r.get("gender"), value, kpi.unit(),
                    kpi.source() + " (" + KOLADA_DUMP + ")", null, domain, r.get("municipality_code"), null, null));
        }
        return new ImportBatch(file, "seed:" + KOLADA_FIGURES, figures, List.of(), true, List.of());
    }

    /** Kolada's peer groups as Kolada served them (group id and title; members by municipality code). */
    private static ImportBatch koladaGroups(Path file, List<CSVRecord> records) {
        List<PeerGroupMember> members = new ArrayList<>();
        for (CSVRecord r : records) {
            if (!r.get("group_id").matches("G\\w+") || !r.get("member_id").matches("\\d{4}")) {
                throw new NationalImportException(file.getFileName() + " line " + (r.getRecordNumber() + 1) + ": '"
                        + r.get("group_id") + "', '" + r.get("member_id") + "' is not a Kolada group id and a"
                        + " municipality code");
            }
            members.add(new PeerGroupMember(r.get("group_id"), r.get("title"), r.get("member_id")));
        }
        return new ImportBatch(file, "seed:" + KOLADA_GROUPS, List.of(), List.of(), true, List.of(), members);
    }

    private static LocalDate breakDate(CSVRecord r) {
        try {
            return LocalDate.parse(r.get("break_date"));
        } catch (DateTimeParseException e) {
            throw new NationalImportException(SERIES_BREAKS + " line " + (r.getRecordNumber() + 1) + ": break_date '"
                    + r.get("break_date") + "' is not a date like 2022-11-01");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<CSVRecord> read(Path dir, String fileName, String... columns) {
        Path file = dir.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new NationalImportException("the seed file " + file + " is missing: the seeds folder must hold "
                    + String.join(", ", List.of(COUNTIES, MUNICIPALITIES, POPULATION, NATIONAL_REFERENCE, SERIES_BREAKS)));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : columns) {
                if (!header.contains(column)) {
                    throw new NationalImportException("the seed file " + file.getFileName() + " has no column " + column
                            + " (its header is " + header + ")");
                }
            }
            List<CSVRecord> records = parser.getRecords();
            for (CSVRecord record : records) {
                if (record.size() != header.size()) {
                    throw new NationalImportException("the seed file " + file.getFileName() + " line "
                            + (record.getRecordNumber() + 1) + " has " + record.size() + " fields, the header " + header.size());
                }
            }
            return records;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new NationalImportException("the seed file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
