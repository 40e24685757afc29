package se.vinr.national;

/**
 * One municipality's membership of a Kolada municipality group.
 *
 * @param groupId          Kolada's group id, e.g. {@code G33720}
 * @param title            the group's title as Kolada gives it, e.g. "Liknande kommuner IFO, Härnösand"
 * @param municipalityCode the member's four-digit municipality code
 */
public record PeerGroupMember(String groupId, String title, String municipalityCode) {

    /** The reference area under which the group's figures are filed in ref.national_figures. */
    public static String area(String groupId) {
        return "kolada:" + groupId;
    }

    String key() {
        return groupId + " " + municipalityCode;
    }
}
