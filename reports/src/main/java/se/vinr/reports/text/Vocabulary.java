package se.vinr.reports.text;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.vinr.reports.model.Breakdown;

/** Readable names for the contract's codes (roles, methods, intervention types, …) and for breakdowns. */
public final class Vocabulary {

    private static final Pattern HALF_YEAR = Pattern.compile("(\\d{4})H([12])");
    private static final Pattern HALF_YEAR_IN_TEXT = Pattern.compile("\\b\\d{4}H[12]\\b");
    private static final Pattern HALF_YEAR_RANGE = Pattern.compile("\\b(\\d{4}H[12])\\s*[–-]\\s*(\\d{4}H[12])\\b");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private static final Map<String, String[]> KEYS = Map.ofEntries(
            Map.entry("role", new String[] {"roll", "role"}),
            Map.entry("sex", new String[] {"kön", "sex"}),
            Map.entry("age_band", new String[] {"ålder", "age"}),
            Map.entry("unit", new String[] {"enhet", "unit"}),
            Map.entry("department", new String[] {"förvaltning", "department"}),
            Map.entry("method", new String[] {"metod", "method"}),
            Map.entry("type", new String[] {"typ", "type"}),
            Map.entry("group", new String[] {"grupp", "group"}),
            Map.entry("violence_type", new String[] {"våldsform", "type of violence"}),
            Map.entry("course", new String[] {"utbildning", "course"}));

    private static final Map<String, String[]> CODES = Map.ofEntries(
            Map.entry("role=victim", new String[] {"Våldsutsatta vuxna", "Adult victims"}),
            Map.entry("role=child_victim", new String[] {"Våldsutsatta barn", "Child victims"}),
            Map.entry("role=child_witness", new String[] {"Barn som bevittnat våld", "Child witnesses"}),
            Map.entry("role=perpetrator", new String[] {"Våldsutövare", "Perpetrators"}),
            Map.entry("sex=K", new String[] {"Kvinnor", "Women"}),
            Map.entry("sex=M", new String[] {"Män", "Men"}),
            Map.entry("sex=X", new String[] {"Annat kön", "Other sex"}),
            Map.entry("method=FREDA_KORTFRAGOR", new String[] {"FREDA kortfrågor", "FREDA short questions"}),
            Map.entry("method=FREDA_BESKRIVNING", new String[] {"FREDA beskrivning", "FREDA description"}),
            Map.entry("method=FREDA_FARLIGHET", new String[] {"FREDA farlighet", "FREDA danger"}),
            Map.entry("method=SARA_SV", new String[] {"SARA:SV", "SARA:SV"}),
            Map.entry("method=PATRIARK", new String[] {"PATRIARK", "PATRIARK"}),
            Map.entry("method=SAM", new String[] {"SAM", "SAM"}),
            Map.entry("method=OTHER", new String[] {"Annan metod", "Other method"}),
            Map.entry("type=protected_housing", new String[] {"Skyddat boende", "Protected housing"}),
            Map.entry("type=support_talks", new String[] {"Stödsamtal", "Support talks"}),
            Map.entry("type=financial_aid", new String[] {"Ekonomiskt bistånd", "Financial aid"}),
            Map.entry("type=perpetrator_programme", new String[] {"Program för våldsutövare", "Perpetrator programme"}),
            Map.entry("type=child_support", new String[] {"Stöd till barn", "Support for children"}),
            Map.entry("type=other", new String[] {"Annan insats", "Other intervention"}),
            Map.entry("group=disability", new String[] {"Personer med funktionsnedsättning", "People with disabilities"}),
            Map.entry("group=lgbtq", new String[] {"Hbtqi-personer", "LGBTQ people"}),
            Map.entry("group=foreign_background", new String[] {"Utländsk bakgrund", "Foreign background"}),
            Map.entry("group=elderly", new String[] {"Äldre (65+ år)", "Older people (65+)"}),
            Map.entry("group=age_65_plus", new String[] {"Äldre (65+ år)", "Older people (65+)"}),
            Map.entry("group=children", new String[] {"Barn", "Children"}),
            Map.entry("group=honour", new String[] {"Hedersrelaterat våld", "Honour-related violence"}),
            Map.entry("violence_type=physical", new String[] {"Fysiskt våld", "Physical violence"}),
            Map.entry("violence_type=psychological", new String[] {"Psykiskt våld", "Psychological violence"}),
            Map.entry("violence_type=sexual", new String[] {"Sexuellt våld", "Sexual violence"}),
            Map.entry("violence_type=economic", new String[] {"Ekonomiskt våld", "Economic violence"}),
            Map.entry("violence_type=material", new String[] {"Materiellt våld", "Material violence"}),
            Map.entry("violence_type=latent", new String[] {"Latent våld", "Latent violence"}),
            Map.entry("violence_type=neglect", new String[] {"Försummelse", "Neglect"}),
            Map.entry("violence_type=honour", new String[] {"Hedersrelaterat våld", "Honour-related violence"}),
            Map.entry("violence_type=child_marriage", new String[] {"Barnäktenskap", "Child marriage"}),
            Map.entry("violence_type=forced_marriage", new String[] {"Tvångsäktenskap", "Forced marriage"}),
            Map.entry("violence_type=fgm", new String[] {"Könsstympning", "Female genital mutilation"}),
            Map.entry("violence_type=trafficking", new String[] {"Människohandel", "Trafficking"}),
            Map.entry("course=basic", new String[] {"Grundutbildning", "Basic course"}),
            Map.entry("course=advanced", new String[] {"Fördjupning", "Advanced course"}),
            Map.entry("course=elected_day", new String[] {"Utbildningsdag för förtroendevalda", "Training day for elected members"}),
            Map.entry("course=knowledge_day", new String[] {"Kunskapsdag", "Knowledge day"}),
            Map.entry("course=other", new String[] {"Annan utbildning", "Other course"}));

    private static final Pattern COUNTY_CODE = Pattern.compile("\\d{2}");

    private final Words words;

    public Vocabulary(Words words) {
        this.words = words;
    }

    /** The readable name of one {@code key=value} code, or the value itself when it has none. */
    public String code(String key, String value) {
        String[] names = CODES.get(key + "=" + value);
        if (names != null) {
            return words.english() ? names[1] : names[0];
        }
        if ("age_band".equals(key)) {
            return PlainText.clean(value).replace("-", "–") + words.t(" år", "");
        }
        return PlainText.clean(value);
    }

    public String key(String key) {
        String[] names = KEYS.get(key);
        return names == null ? PlainText.clean(key) : words.english() ? names[1] : names[0];
    }

    /** A breakdown as a reader says it: {@code Alla}, {@code Kvinnor, 25–44 år}. */
    public String breakdown(Breakdown breakdown) {
        if (breakdown.isAll()) {
            return words.t("Alla", "All");
        }
        StringJoiner joiner = new StringJoiner(", ");
        breakdown.parts().forEach((key, value) -> joiner.add(code(key, value)));
        return joiner.toString();
    }

    /** A reference area's name when the model gives none. */
    public String area(String code) {
        if (code == null || code.isBlank()) {
            return words.t("ingen jämförelse", "no comparison");
        }
        if ("riket".equals(code)) {
            return words.t("Riket", "Sweden");
        }
        if (code.startsWith("kommungrupp:")) {
            return words.t("Kommungrupp ", "Municipality group ") + PlainText.clean(code.substring("kommungrupp:".length()));
        }
        // Only a county code (two digits) names a county; a seed's geography such as "32 kommuner" is a
        // text of its own and reads best as it stands.
        if (COUNTY_CODE.matcher(code.strip()).matches()) {
            return words.t("Län ", "County ") + code.strip();
        }
        return PlainText.clean(code);
    }

    /**
     * A reference figure's id as a reader can take it: {@code bra_anmalda.grov_kvinnofridskrankning_anmalda}
     * becomes "Grov kvinnofridskrankning anmalda". The part before the last dot is the series the
     * figure was taken from, which the whole id, shown beside the name, still tells.
     */
    public String figureName(String id) {
        String name = PlainText.clean(id);
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && dot < name.length() - 1) {
            name = name.substring(dot + 1);
        }
        name = name.replace('_', ' ').replaceAll(" +", " ").strip();
        return name.isEmpty() ? PlainText.clean(id)
                : name.substring(0, 1).toUpperCase(words.locale()) + name.substring(1);
    }

    /** A half-year in prose: {@code 2025H2} → "andra halvåret 2025"; any other text as it stands. */
    public String halfYear(String period) {
        Matcher m = HALF_YEAR.matcher(period == null ? "" : period.strip());
        if (!m.matches()) {
            return PlainText.clean(period);
        }
        boolean first = m.group(2).equals("1");
        return first ? words.t("första halvåret ", "the first half of ") + m.group(1)
                : words.t("andra halvåret ", "the second half of ") + m.group(1);
    }

    /**
     * A text with each half-year code in prose, for a source's years: "2021H1–2025H2" → "första halvåret
     * 2021 – andra halvåret 2025"; the rest of the text as it stands.
     */
    public String halfYearsIn(String text) {
        String clean = PlainText.clean(text);
        Matcher range = HALF_YEAR_RANGE.matcher(clean);
        StringBuilder out = new StringBuilder();
        while (range.find()) {
            range.appendReplacement(out, Matcher.quoteReplacement(halfYears(range.group(1), range.group(2))));
        }
        range.appendTail(out);
        Matcher single = HALF_YEAR_IN_TEXT.matcher(out.toString());
        StringBuilder result = new StringBuilder();
        while (single.find()) {
            single.appendReplacement(result, Matcher.quoteReplacement(halfYear(single.group())));
        }
        single.appendTail(result);
        return result.toString();
    }

    /** A half-year range in prose: "andra halvåret 2021 – andra halvåret 2025". */
    public String halfYears(String from, String to) {
        return from.equals(to) ? halfYear(from) : halfYear(from) + " – " + halfYear(to);
    }

    /**
     * A date, or the date of a timestamp, as a reader writes it: "6 december 2026" ("6 December 2026");
     * text that is neither stays as it is.
     */
    public String date(String isoDateOrInstant) {
        String text = isoDateOrInstant == null ? "" : isoDateOrInstant.strip();
        try {
            LocalDate date = text.length() > 10 ? OffsetDateTime.parse(text).atZoneSameInstant(SWEDEN).toLocalDate()
                    : LocalDate.parse(text);
            return DateTimeFormatter.ofPattern("d MMMM yyyy", words.locale()).format(date);
        } catch (DateTimeParseException e) {
            return PlainText.clean(text);
        }
    }

    public String rejectReason(String code) {
        return switch (code == null ? "" : code) {
            case "invalid_person_id" -> words.t("ogiltigt personnummer", "invalid person id");
            case "invalid_date" -> words.t("ogiltigt datum", "invalid date");
            case "closed_before_opened" -> words.t("avslutat före öppnat", "closed before opened");
            case "unknown_code" -> words.t("okänd kod", "unknown code");
            case "missing_required" -> words.t("obligatoriskt fält saknas", "required field missing");
            case "duplicate_id" -> words.t("dubblett", "duplicate");
            case "out_of_period" -> words.t("utanför perioden", "outside the period");
            case "malformed_row" -> words.t("felaktig rad", "malformed row");
            default -> PlainText.clean(code);
        };
    }

    public String activityStatus(String status) {
        if (status == null) {
            return words.t("ej rapporterad", "not reported");
        }
        return switch (status) {
            case "not_started" -> words.t("ej påbörjad", "not started");
            case "ongoing" -> words.t("pågår", "ongoing");
            case "done" -> words.t("klar", "done");
            default -> PlainText.clean(status);
        };
    }
}
