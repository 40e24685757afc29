package se.vinr.national;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a Kolada group title says about whom the group is for. Kolada's "Liknande kommuner" family
 * ("Liknande kommuner IFO, Härnösand, 2022", "Liknande kommuner, övergripande, Härnösand, 2022") is
 * computed by RKA for one municipality, named in the title, and lists the municipalities most like it
 * for a purpose (IFO: individual and family care); the municipality itself is not a member. SKR's
 * municipality groups are served as "&lt;SKR group name&gt; (ovägt medel)".
 *
 * @param purpose      what the group compares, e.g. "IFO", "övergripande"; empty for the family's overall group
 *                     when the title gives none
 * @param municipality the name of the municipality the group is defined for
 * @param year         the year of the classification, or null when the title gives none
 */
public record PeerGroupTitle(String purpose, String municipality, Integer year) {

    /** The purpose of the groups that compare individual and family care, where VINR work sits. */
    public static final String IFO = "IFO";

    private static final Pattern SIMILAR = Pattern.compile(
            "Liknande kommuner(?: (?<purpose>[^,]+))?(?:, (?<overall>övergripande))?, (?<name>[^,]+?)(?:,? (?<year>\\d{4}))?");
    private static final String SKR_GROUP_SUFFIX = " (ovägt medel)";

    /** The group's meaning when its title is one of the "Liknande kommuner" family; else empty. */
    public static Optional<PeerGroupTitle> parse(String title) {
        var m = SIMILAR.matcher(title.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String purpose = m.group("purpose") != null ? m.group("purpose").trim()
                : m.group("overall") != null ? m.group("overall") : "";
        return Optional.of(new PeerGroupTitle(purpose, m.group("name").trim(),
                m.group("year") == null ? null : Integer.valueOf(m.group("year"))));
    }

    /** The title Kolada gives SKR's municipality group of this name ("Mindre stad/tätort (ovägt medel)"). */
    public static String skrGroupTitle(String skrGroupName) {
        return skrGroupName + SKR_GROUP_SUFFIX;
    }

    /** True when the group is defined for the municipality of this name (Kolada's short name, e.g. "Härnösand"). */
    public boolean isFor(String municipalityName) {
        return municipality.equalsIgnoreCase(municipalityName.trim());
    }
}
