package se.vinr.national;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kolada KPI as its metadata describes it ({@code /v3/kpi/<id>}): id, title, definition, whether it is
 * divided by sex, and the unit, which Kolada states only in the title ("…, antal/10 000 vuxna invånare",
 * "…, andel (%)", "…, antal").
 *
 * @param unit one of the plain CSV's units (per_10000, per_100000, per_1000, percent, count), or null when the
 *             title names none vinr knows
 */
public record KoladaKpi(String id, String title, String definition, boolean dividedBySex, String unit) {

    private static final Pattern PER = Pattern.compile("antal\\s*/\\s*(\\d[\\d ]*)\\s");
    private static final Pattern PERCENT = Pattern.compile("andel\\s*\\(%\\)|\\(%\\)|, %$");
    private static final Pattern COUNT = Pattern.compile(", antal$");

    /** A KPI with its unit read from the title. */
    public static KoladaKpi of(String id, String title, String definition, boolean dividedBySex) {
        return new KoladaKpi(id, title, definition, dividedBySex, unitOf(title).orElse(null));
    }

    /** The unit a Kolada title states. */
    static Optional<String> unitOf(String title) {
        String t = title.toLowerCase(Locale.ROOT).trim();
        var per = PER.matcher(t + " ");
        if (per.find()) {
            return switch (per.group(1).replace(" ", "")) {
                case "1000" -> Optional.of("per_1000");
                case "10000" -> Optional.of("per_10000");
                case "100000" -> Optional.of("per_100000");
                default -> Optional.empty();
            };
        }
        if (PERCENT.matcher(t).find()) {
            return Optional.of("percent");
        }
        return COUNT.matcher(t).find() ? Optional.of("count") : Optional.empty();
    }

    /** The KPI's page in Kolada, where a reader can check the figure. */
    public String address() {
        return "https://www.kolada.se/verktyg/fri-sokning/?kpis=" + id;
    }

    /** The source as Kolada's terms ask and a reader expects: "Källa: Kolada (RKA), KPI id title, address". */
    public String source() {
        return source(id, title);
    }

    /** The source of a KPI whose title may be unknown. */
    public static String source(String id, String title) {
        return "Källa: Kolada (RKA), " + id + (title == null || title.isBlank() ? "" : " " + title)
                + ", https://www.kolada.se/verktyg/fri-sokning/?kpis=" + id;
    }
}
