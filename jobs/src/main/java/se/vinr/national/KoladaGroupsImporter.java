package se.vinr.national;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import se.vinr.load.Warehouse;
import tools.jackson.databind.JsonNode;

/**
 * Kolada's municipality groups ({@code /v2/municipality_groups}): {@code {"count": n, "values": [{"id":
 * "G…", "title": "Liknande kommuner …", "members": [{"id": "2280", "title": "Härnösand"}, …]}]}}. Each
 * member becomes a row of ref.peer_groups; the report then compares a municipality with every group it
 * belongs to that has a matching figure (filed under area {@code kolada:<group id>}, see
 * {@link KoladaImporter}). Members that are not municipalities (regions, '0000') are left out with a
 * warning: a region is no peer of a municipality.
 */
public final class KoladaGroupsImporter implements NationalImporter {

    static final String FORMAT = "kolada_groups";
    private static final Pattern GROUP_ID = Pattern.compile("G\\w+");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");

    private final ReferenceStore store;

    public KoladaGroupsImporter(ReferenceStore store) {
        this.store = store;
    }

    @Override
    public ImportResult importFile(Warehouse warehouse, Path file) {
        return store.write(warehouse, parse(file));
    }

    @Override
    public ImportBatch parse(Path file) {
        String name = file.getFileName().toString();
        JsonNode root = JsonFiles.read(file, "a Kolada municipality groups response");
        if (!root.isObject() || !root.path("values").isArray()) {
            throw new NationalImportException(name + " is not a Kolada municipality groups response: no 'values' array");
        }
        List<PeerGroupMember> members = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        JsonNode groups = root.path("values");
        for (int i = 0; i < groups.size(); i++) {
            JsonNode group = groups.get(i);
            String where = name + ": values[" + i + "]";
            String id = text(group, "id", where);
            if (!GROUP_ID.matcher(id).matches()) {
                throw new NationalImportException(where + " has id '" + id + "', not a Kolada group id (G followed by"
                        + " letters or digits)");
            }
            String title = text(group, "title", where);
            JsonNode list = group.path("members");
            if (!list.isArray()) {
                throw new NationalImportException(where + " (" + id + ") has no 'members' array");
            }
            for (int m = 0; m < list.size(); m++) {
                String member = text(list.get(m), "id", where + ".members[" + m + "]");
                if (MUNICIPALITY.matcher(member).matches() && !member.startsWith("00")) {
                    members.add(new PeerGroupMember(id, title, member));
                } else {
                    warnings.add(id + ": member '" + member + "' is no municipality and was left out");
                }
            }
        }
        if (members.isEmpty()) {
            throw new NationalImportException(name + " lists no municipality in any group");
        }
        return new ImportBatch(file, FORMAT, List.of(), List.of(), false, warnings, members);
    }

    private static String text(JsonNode node, String field, String where) {
        return JsonFiles.requiredText(node, field, where).trim();
    }
}
