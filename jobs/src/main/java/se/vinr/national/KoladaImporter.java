package se.vinr.national;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import se.vinr.load.Warehouse;
import tools.jackson.databind.JsonNode;

/**
 * Kolada API data responses (v2 and v3): {@code {"values": [{"kpi", "municipality", "period",
 * "values": [{"gender", "count", "status", "value"}]}], "count", "next_page" | "next_url"}}.
 * Each inner value becomes a figure: indicator = the KPI id, area from Kolada's municipality id,
 * year = the period, sex = the gender. A null value is kept as "not published". Paging links are
 * ignored here: {@link NationalFetcher} follows them and joins the pages into one file.
 */
public final class KoladaImporter implements NationalImporter {

    static final String FORMAT = "kolada";
    private static final Set<String> GENDERS = Set.of("T", "K", "M");

    private final ReferenceStore store;

    public KoladaImporter(ReferenceStore store) {
        this.store = store;
    }

    @Override
    public ImportResult importFile(Warehouse warehouse, Path file) {
        return store.write(warehouse, parse(file));
    }

    @Override
    public ImportBatch parse(Path file) {
        String name = file.getFileName().toString();
        JsonNode root = JsonFiles.read(file, "a Kolada API response");
        if (!root.isObject() || !root.path("values").isArray()) {
            throw new NationalImportException(name + " is not a Kolada API response: no 'values' array");
        }
        List<NationalFigure> figures = new ArrayList<>();
        JsonNode entries = root.path("values");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String where = name + ": values[" + i + "]";
            String kpi = JsonFiles.requiredText(entry, "kpi", where);
            String municipality = JsonFiles.requiredText(entry, "municipality", where);
            String area = Area.fromKolada(municipality);
            if (area == null) {
                throw new NationalImportException(where + " has municipality '" + municipality
                        + "', which is no Kolada municipality, region or group id");
            }
            String period = entry.path("period").asString("");
            if (!period.matches("\\d{4}")) {
                throw new NationalImportException(where + " has period '" + period + "', not a year");
            }
            JsonNode values = entry.path("values");
            if (!values.isArray()) {
                throw new NationalImportException(where + " has no 'values' array");
            }
            for (int v = 0; v < values.size(); v++) {
                JsonNode value = values.get(v);
                String at = where + ".values[" + v + "]";
                String gender = JsonFiles.requiredText(value, "gender", at);
                if (!GENDERS.contains(gender)) {
                    throw new NationalImportException(at + " has gender '" + gender + "'; Kolada uses T, K or M");
                }
                JsonNode number = value.path("value");
                if (!number.isNull() && !number.isMissingNode() && !number.isNumber()) {
                    throw new NationalImportException(at + " has value '" + number.asString() + "', not a number or null");
                }
                Double parsed = number.isNumber() ? number.doubleValue() : null;
                figures.add(NationalFigure.of(kpi, area, period, gender, parsed, null, FORMAT));
            }
        }
        return new ImportBatch(file, FORMAT, figures, List.of(), false, List.of());
    }
}
