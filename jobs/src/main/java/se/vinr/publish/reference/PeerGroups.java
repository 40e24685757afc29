package se.vinr.publish.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.vinr.core.MunicipalityCode;
import se.vinr.national.PeerGroupMember;
import se.vinr.national.PeerGroupTitle;

/**
 * The Kolada municipality groups a municipality is compared with, the way Kolada means them: the groups
 * defined <em>for</em> it ("Liknande kommuner IFO, Härnösand, 2022" lists the seven municipalities most
 * like Härnösand in individual and family care; Härnösand is not a member), found by title and purpose,
 * the newest classification of each purpose; then SKR's municipality group it belongs to, as Kolada serves
 * it ("Mindre stad/tätort (ovägt medel)"). Membership alone is not a reason: Härnösand is a member of
 * other towns' peer groups, which say nothing about Härnösand.
 */
public final class PeerGroups {

    /** The purposes compared, in reading order: individual and family care, where VINR work sits, then overall. */
    static final List<String> PURPOSES = List.of(PeerGroupTitle.IFO, "övergripande");

    /** A chosen group with its members' names. */
    public record Group(String groupId, String title, List<String> members) {

        public Group {
            members = List.copyOf(members);
        }

        /** The reference area its figures are filed under. */
        public String area() {
            return PeerGroupMember.area(groupId);
        }

        /** The title with the members, as the report names the group. */
        public String displayName() {
            return title + " (Kolada " + groupId + ": " + String.join(", ", members) + ")";
        }
    }

    private PeerGroups() {
    }

    /** The municipality's peer groups in reading order; empty when no groups were imported. */
    public static List<Group> of(Connection connection, MunicipalityCode municipality) throws SQLException {
        String name = null;
        String skrGroup = null;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT municipality_name, skr_group_name FROM ref.municipalities WHERE municipality_code = ?")) {
            statement.setString(1, municipality.code());
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next()) {
                    name = rs.getString(1);
                    skrGroup = rs.getString(2);
                }
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT g.group_id, g.title, "
                + "COALESCE(m.municipality_name, g.municipality_code) FROM ref.peer_groups g "
                + "LEFT JOIN ref.municipalities m ON m.municipality_code = g.municipality_code "
                + "ORDER BY g.group_id, 3")) {
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    titles.put(rs.getString(1), rs.getString(2));
                    members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        return choose(name, skrGroup, titles, members);
    }

    /** The choice itself, on group titles and members ({@code titles}: group id → title). */
    static List<Group> choose(String municipalityName, String skrGroupName, Map<String, String> titles,
                              Map<String, List<String>> members) {
        List<Group> chosen = new ArrayList<>();
        if (municipalityName != null) {
            for (String purpose : PURPOSES) {
                titles.entrySet().stream()
                        .filter(t -> PeerGroupTitle.parse(t.getValue())
                                .filter(p -> p.isFor(municipalityName) && p.purpose().equalsIgnoreCase(purpose))
                                .isPresent())
                        .max(Comparator.comparing((Map.Entry<String, String> t) -> year(t.getValue()))
                                .thenComparing(Map.Entry::getKey))
                        .ifPresent(t -> chosen.add(new Group(t.getKey(), t.getValue(), members.get(t.getKey()))));
            }
        }
        if (skrGroupName != null && !skrGroupName.isBlank()) {
            String skrTitle = PeerGroupTitle.skrGroupTitle(skrGroupName);
            titles.entrySet().stream().filter(t -> t.getValue().equals(skrTitle)).map(Map.Entry::getKey).sorted()
                    .findFirst().ifPresent(id -> chosen.add(new Group(id, skrTitle, members.get(id))));
        }
        return List.copyOf(chosen);
    }

    private static int year(String title) {
        return PeerGroupTitle.parse(title).map(PeerGroupTitle::year).map(Optional::of).orElse(Optional.empty())
                .orElse(0);
    }
}
