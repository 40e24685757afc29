package se.vinr.national;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.vinr.load.Warehouse;
import tools.jackson.databind.JsonNode;

/**
 * Kolada API data answers (v3, as v2 served them): {@code {"values": [{"kpi", "municipality", "period",
 * "values": [{"gender", "count", "status", "value"}]}], "count", "next_url" | "next_page"}}, or the pages'
 * {@code values} joined into one array. Each inner value becomes a figure: indicator = the KPI id, area
 * from Kolada's municipality id ({@code municipality} or {@code municipality_id}), year = the period, sex =
 * the gender. A null value is kept as "not published", so that a value Kolada withdraws does not survive
 * from an earlier import. Paging links are
 * ignored here: {@link NationalFetcher} follows them and joins the pages into one file, with the KPIs'
 * metadata under {@code "kpis"}; with it, each figure has its unit and its source names the KPI's title
 * ("Källa: Kolada (RKA), U30750 Vuxna (18+) …"). A file downloaded by hand has no metadata: the figures
 * are stored without unit, and the catalogue's declaration of the KPI gives it (see the README).
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
        JsonNode root = JsonFiles.read(file, "a Kolada API answer");
        JsonNode entries = JsonFiles.koladaValues(root);
        if (entries == null) {
            throw new NationalImportException(name + " is not a Kolada API answer: no 'values' array");
        }
        Map<String, KoladaKpi> kpis = kpis(name, root.path("kpis"));
        List<NationalFigure> figures = new ArrayList<>();
        long read = 0;
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String where = name + ": values[" + i + "]";
            String kpi = JsonFiles.requiredText(entry, "kpi", where);
            String municipality = entry.has("municipality_id") ? JsonFiles.requiredText(entry, "municipality_id", where)
                    : JsonFiles.requiredText(entry, "municipality", where);
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
            KoladaKpi meta = kpis.get(kpi);
            String unit = meta == null ? null : meta.unit();
            String source = meta == null ? KoladaKpi.source(kpi, null) : meta.source();
            for (int v = 0; v < values.size(); v++) {
                JsonNode value = values.get(v);
                String at = where + ".values[" + v + "]";
                read++;
                String gender = JsonFiles.requiredText(value, "gender", at);
                if (!GENDERS.contains(gender)) {
                    throw new NationalImportException(at + " has gender '" + gender + "'; Kolada uses T, K or M");
                }
                JsonNode number = value.path("value");
                if (!number.isNull() && !number.isMissingNode() && !number.isNumber()) {
                    throw new NationalImportException(at + " has value '" + number.asString() + "', not a number or null");
                }
                // Stored as "not published": a value Kolada withdraws must not survive from an earlier import.
                figures.add(NationalFigure.of(kpi, area, period, gender, number.isNumber() ? number.doubleValue() : null,
                        unit, source));
            }
        }
        return new ImportBatch(file, FORMAT, figures, List.of(), false, List.of(), List.of(), read, Map.of());
    }

    /** The KPI metadata a fetch joined into the file ({@code "kpis"}: Kolada's {@code /v3/kpi} values), by id. */
    static Map<String, KoladaKpi> kpis(String name, JsonNode list) {
        Map<String, KoladaKpi> kpis = new LinkedHashMap<>();
        if (!list.isArray()) {
            return kpis;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode kpi = list.get(i);
            String where = name + ": kpis[" + i + "]";
            String id = JsonFiles.requiredText(kpi, "id", where);
            JsonNode divided = kpi.path("is_divided_by_gender");
            kpis.put(id, KoladaKpi.of(id, JsonFiles.requiredText(kpi, "title", where),
                    kpi.path("description").asString(""), divided.isBoolean() ? divided.asBoolean() : divided.asInt(0) == 1));
        }
        return kpis;
    }
}
