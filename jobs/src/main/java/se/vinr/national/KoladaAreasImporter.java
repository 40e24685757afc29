package se.vinr.national;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.vinr.load.Warehouse;
import tools.jackson.databind.JsonNode;

/**
 * Kolada's list of areas ({@code /v3/municipality}: {@code {"id": "2280", "title": "Härnösand", "type": "K"}},
 * regions type {@code L}, Sweden {@code 0000}). Kolada's municipality names are the ones its group titles use
 * ("Liknande kommuner IFO, Härnösand, 2022"), so the import sets {@code ref.municipalities.municipality_name}
 * to them, municipality by municipality, counting a changed name as a replaced value. Regions and Sweden are
 * skipped (the seeds' counties name them), as are codes the seeds do not know (a municipality is added
 * through the seeds, with its county and SKR group).
 */
public final class KoladaAreasImporter implements NationalImporter {

    static final String FORMAT = "kolada_areas";
    static final String NOT_A_MUNICIPALITY = "area is a region or the country, named by the seeds' counties";
    static final String UNKNOWN = "municipality code not among the seeds' municipalities";

    private final ReferenceStore store;

    public KoladaAreasImporter(ReferenceStore store) {
        this.store = store;
    }

    /** The names in the file, by municipality code; nothing is stored by parsing. */
    @Override
    public ImportBatch parse(Path file) {
        names(file);
        return new ImportBatch(file, FORMAT, List.of(), List.of(), false, List.of());
    }

    @Override
    public ImportResult importFile(Warehouse warehouse, Path file) {
        Map<String, String> names = new LinkedHashMap<>();
        long read = names(file, names);
        return warehouse.inTransaction(connection -> {
            Map<String, Long> skipped = new LinkedHashMap<>();
            if (read > names.size()) {
                skipped.put(NOT_A_MUNICIPALITY, read - names.size());
            }
            List<String> replaced = new ArrayList<>();
            long stored = 0;
            for (Map.Entry<String, String> name : names.entrySet()) {
                String old = null;
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT municipality_name FROM ref.municipalities WHERE municipality_code = ?")) {
                    select.setString(1, name.getKey());
                    try (ResultSet rs = select.executeQuery()) {
                        if (!rs.next()) {
                            skipped.merge(UNKNOWN, 1L, Long::sum);
                            continue;
                        }
                        old = rs.getString(1);
                    }
                }
                stored++;
                if (!old.equals(name.getValue())) {
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE ref.municipalities SET municipality_name = ? WHERE municipality_code = ?")) {
                        update.setString(1, name.getValue());
                        update.setString(2, name.getKey());
                        update.executeUpdate();
                    }
                    replaced.add("name " + name.getKey() + ": " + old + " → " + name.getValue());
                }
            }
            if (stored == 0) {
                throw new NationalImportException(file.getFileName() + " names no municipality the seeds know: load"
                        + " the seeds first (vinr national)");
            }
            long importId = store.record(connection, file.toAbsolutePath().normalize().toString(), FORMAT,
                    ReferenceStore.sha256(new ImportBatch(file, FORMAT, List.of(), List.of(), false, List.of())), stored);
            return new ImportResult(importId, file, FORMAT, stored, replaced.size(), List.of(), read, skipped,
                    replaced.stream().limit(ImportResult.SHOWN_REPLACEMENTS).toList());
        });
    }

    private static void names(Path file) {
        names(file, new LinkedHashMap<>());
    }

    private static long names(Path file, Map<String, String> names) {
        String name = file.getFileName().toString();
        JsonNode areas = JsonFiles.koladaValues(JsonFiles.read(file, "Kolada's list of areas"));
        if (areas == null) {
            throw new NationalImportException(name + " is not Kolada's list of areas: no 'values' array");
        }
        for (int i = 0; i < areas.size(); i++) {
            String where = name + ": values[" + i + "]";
            String id = JsonFiles.requiredText(areas.get(i), "id", where);
            String title = JsonFiles.requiredText(areas.get(i), "title", where).trim();
            if ("K".equals(areas.get(i).path("type").asString("")) && id.matches("\\d{4}") && !id.startsWith("00")) {
                names.put(id, title);
            }
        }
        return areas.size();
    }
}
