package se.vinr.national;

import java.util.regex.Pattern;

/**
 * The contract's reference areas ('riket', county, municipality, 'kommungrupp:&lt;name&gt;') from each source's
 * codes, and the extension 'kolada:&lt;group id&gt;' for a Kolada municipality group.
 */
final class Area {

    static final String RIKET = "riket";

    private static final Pattern COUNTY = Pattern.compile("\\d{2}");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");
    private static final Pattern KOLADA_GROUP = Pattern.compile("G\\w+");
    private static final Pattern SEED_COUNTY = Pattern.compile("(\\d{2}) .+ län");
    private static final Pattern SEED_MUNICIPALITY = Pattern.compile("(\\d{4}) .+");

    private Area() {
    }

    /**
     * Kolada ids: '0000' Sweden, '0001'..'0025' the regions (counties), four digits a municipality,
     * 'G…' a municipality group (not SKR's municipality groups, whose codes are letters and a digit).
     * Returns null for anything else.
     */
    static String fromKolada(String id) {
        if ("0000".equals(id)) {
            return RIKET;
        }
        if (id != null && MUNICIPALITY.matcher(id).matches()) {
            return id.startsWith("00") ? id.substring(2) : id;
        }
        if (id != null && KOLADA_GROUP.matcher(id).matches()) {
            return PeerGroupMember.area(id);
        }
        return null;
    }

    /**
     * The seeds' geography: 'SE', a county ('01 Stockholms län'), a municipality ('0127 Botkyrka'),
     * or a description kept as it is ('32 kommuner': a count, not a county code).
     */
    static String fromSeedGeography(String geography) {
        if ("SE".equals(geography)) {
            return RIKET;
        }
        var county = SEED_COUNTY.matcher(geography);
        if (county.matches()) {
            return county.group(1);
        }
        var municipality = SEED_MUNICIPALITY.matcher(geography);
        return municipality.matches() ? municipality.group(1) : geography;
    }

    /**
     * The national CSV's area: 'riket' (or '0000'), a county or municipality code, 'kommungrupp:&lt;name&gt;',
     * 'kolada:&lt;group id&gt;'; else null.
     */
    static String fromCsv(String area) {
        if (RIKET.equals(area) || "0000".equals(area)) {
            return RIKET;
        }
        if (COUNTY.matcher(area).matches() || MUNICIPALITY.matcher(area).matches()) {
            return area;
        }
        if (area.startsWith("kommungrupp:") && area.length() > "kommungrupp:".length()) {
            return area;
        }
        if (area.startsWith("kolada:") && KOLADA_GROUP.matcher(area.substring("kolada:".length())).matches()) {
            return area;
        }
        return null;
    }
}
