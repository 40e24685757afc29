package se.vinr.national;

import java.nio.file.Path;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/** The national file formats, told apart by extension and, for JSON, by shape. */
public enum NationalFormat {
    KOLADA,
    KOLADA_GROUPS,
    KOLADA_AREAS,
    PXWEB,
    CSV;

    /** The format of a file; throws {@link NationalImportException} when it is none of them. */
    public static NationalFormat detect(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        JsonNode root = JsonFiles.read(file, "a Kolada API response or a PxWeb JSON-stat2 dataset");
        if ("dataset".equals(root.path("class").asString(""))) {
            return PXWEB;
        }
        if ("dataset".equals(root.path("dataset").path("class").asString(""))
                || (root.isObject() && root.path("columns").isArray() && root.path("data").isArray())
                || root.properties().stream().anyMatch(e -> e.getValue().path("dimension").isObject())) {
            return PXWEB;
        }
        JsonNode values = JsonFiles.koladaValues(root);
        if (values != null) {
            JsonNode first = values.path(0);
            if (first.has("type") && first.has("title") && first.has("id") && !first.has("members")) {
                return KOLADA_AREAS;
            }
            if (first.has("title") && !first.has("kpi") && !first.has("members")) {
                throw new NationalImportException(file.getFileName() + " is Kolada metadata (KPIs), not figures:"
                        + " import a data answer (/v3/data/kpi/…); vinr national --fetch joins the KPIs' metadata to it");
            }
            // Group metadata lists members; data entries name a KPI.
            return values.path(0).has("members") ? KOLADA_GROUPS : KOLADA;
        }
        throw new NationalImportException(file.getFileName() + " is neither a Kolada API answer (no 'values' array) nor a"
                + " PxWeb answer (JSON-stat 2.0 or 1.x, or PxWeb json with 'columns' and 'data'), nor a .csv file");
    }
}
