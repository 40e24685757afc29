package se.vinr.national;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import se.vinr.load.Warehouse;
import tools.jackson.databind.JsonNode;

/**
 * Kolada's municipality groups ({@code /v3/municipality_groups}, as {@code /v2} served them): one page
 * {@code {"values": [{"id": "G…", "title": "…", "members": [{"member_id": "2280", "member_title":
 * "Härnösand"}, …]}], "count", "next_url"}}, or the pages' {@code values} joined into one array. Each
 * municipality member becomes a row of ref.peer_groups under the group's id and title. Members that are
 * not municipalities (regions, '0000') are counted as skipped: a region is no peer of a municipality.
 *
 * <p>Which groups are a municipality's peers is decided from the titles, not from membership: a group
 * "Liknande kommuner IFO, Härnösand, 2022" is defined <em>for</em> Härnösand and lists seven other
 * municipalities (see {@link PeerGroupTitle}).
 */
public final class KoladaGroupsImporter implements NationalImporter {

    static final String FORMAT = "kolada_groups";
    static final String NOT_A_MUNICIPALITY = "member is a region or the country, not a municipality";
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
        JsonNode groups = JsonFiles.koladaValues(JsonFiles.read(file, "a Kolada municipality groups answer"));
        if (groups == null) {
            throw new NationalImportException(name + " is not a Kolada municipality groups answer: no 'values' array");
        }
        List<PeerGroupMember> members = new ArrayList<>();
        Map<String, Long> skipped = new LinkedHashMap<>();
        long read = 0;
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
                read++;
                String member = memberId(list.get(m), where + ".members[" + m + "]");
                if (MUNICIPALITY.matcher(member).matches() && !member.startsWith("00")) {
                    members.add(new PeerGroupMember(id, title, member));
                } else {
                    skipped.merge(NOT_A_MUNICIPALITY, 1L, Long::sum);
                }
            }
        }
        List<String> warnings = skipped.isEmpty() ? List.of()
                : List.of(skipped.get(NOT_A_MUNICIPALITY) + " members left out: " + NOT_A_MUNICIPALITY);
        return new ImportBatch(file, FORMAT, List.of(), List.of(), false, warnings, members, read, skipped);
    }

    /** Kolada names a member {@code member_id}; a member without it is refused with the shape Kolada serves. */
    private static String memberId(JsonNode member, String where) {
        JsonNode id = member.path("member_id");
        if (!id.isString() || id.asString().isBlank()) {
            throw new NationalImportException(where + " has no 'member_id': Kolada lists a group's members as"
                    + " {\"member_id\": \"2280\", \"member_title\": \"Härnösand\"}");
        }
        return id.asString().trim();
    }

    private static String text(JsonNode node, String field, String where) {
        return JsonFiles.requiredText(node, field, where).trim();
    }
}
