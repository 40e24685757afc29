package se.vinr.publish.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import se.vinr.core.MunicipalityCode;
import se.vinr.indicators.IndicatorSpec;
import se.vinr.indicators.KoladaDeclaration;
import se.vinr.indicators.PopulationBasis;
import se.vinr.publish.IndicatorInput;
import se.vinr.publish.RawValue;
import se.vinr.publish.ReferenceFigures;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.PeerValue;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.model.Unit;

/**
 * The national comparison with Kolada, for every indicator whose model declares a Kolada KPI that matches it
 * ({@code national: kolada: relation: match}). Kolada's figures are annual, so a half-year's rate is never
 * compared with them: the indicator's own query is run over calendar years instead of half-years (both
 * half-years loaded; each person counted once, as the query counts a period), which makes a derived indicator
 * {@code <id>_kolada} with one row per complete calendar year, filed at the year's second half-year. Each row
 * is compared with the KPI's figures of the latest Kolada year up to its own (the year is named): Sweden, the
 * county, and the municipality's Kolada peer groups ({@link PeerGroups}), whose figure, when Kolada's own group
 * value was not imported, is the unweighted mean of the members that reported (Kolada's definition of a group
 * value, computed by vinr and labelled so). Every municipality that reported the KPI that year is a point of
 * the funnel plot, over its own population on the indicator's basis. Context KPIs are named in the
 * definition with the municipality's latest value and the reason they are not compared.
 *
 * <p>Protection: a calendar year's count is the union of two published half-year counts, so it could reveal a
 * small half-year count by subtraction; a year is derived only when neither half-year count is 1 to the
 * threshold minus one.
 */
public final class KoladaComparisons {

    public static final String SUFFIX = "_kolada";
    /** Calendar years as periods: both half-years loaded, labelled as the half-year that completes the year. */
    private static final String CALENDAR_YEARS = "(SELECT municipality, CAST(year(start_date) AS VARCHAR) || 'H2'"
            + " AS period, min(start_date) AS start_date, max(end_date) AS end_date, max(loaded_at) AS loaded_at"
            + " FROM core.periods GROUP BY municipality, year(start_date) HAVING count(*) = 2)";
    /** The fewest reporting members that make a peer group's mean. */
    static final int GROUP_MEMBERS_NEEDED = 3;

    /** What the comparison adds to a report. */
    public record Derived(List<IndicatorInput> inputs, List<RawValue> rows, List<ReferenceFigures.Candidate> references,
                          List<PeerValue> peers, List<ReferenceSource> sources) {

        public Derived {
            inputs = List.copyOf(inputs);
            rows = List.copyOf(rows);
            references = List.copyOf(references);
            peers = List.copyOf(peers);
            sources = List.copyOf(sources);
        }

        /** The definitions with each calendar-year comparison placed right after its indicator. */
        public List<IndicatorDefinition> placedAfterTheirIndicators(List<IndicatorDefinition> definitions) {
            List<IndicatorDefinition> placed = new ArrayList<>();
            for (IndicatorDefinition definition : definitions) {
                placed.add(definition);
                inputs.stream().map(IndicatorInput::definition)
                        .filter(d -> d.id().equals(definition.id() + SUFFIX)).forEach(placed::add);
            }
            return placed;
        }
    }

    /** One figure of ref.national_figures for a KPI: value, unit and source. */
    private record Figure(double value, String unit, String source) {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KoladaComparisons.class);

    private final int threshold;

    public KoladaComparisons(int threshold) {
        this.threshold = threshold;
    }

    /**
     * @param periods the municipality's loaded half-years up to the report's
     * @param raw     the catalogue's rows of the municipality, to check the half-year counts a year joins
     */
    public Derived derive(Connection connection, MunicipalityCode municipality, List<IndicatorSpec> specs,
                          List<String> periods, List<RawValue> raw) throws SQLException {
        List<IndicatorInput> inputs = new ArrayList<>();
        List<RawValue> rows = new ArrayList<>();
        List<ReferenceFigures.Candidate> references = new ArrayList<>();
        List<PeerValue> peers = new ArrayList<>();
        List<ReferenceSource> sources = new ArrayList<>();
        Map<String, String> names = MunicipalityNames.read(connection);
        List<PeerGroups.Group> groups = PeerGroups.of(connection, municipality);
        String county = county(connection, municipality);
        for (IndicatorSpec spec : specs) {
            Optional<KoladaDeclaration> match = spec.kolada().stream().filter(KoladaDeclaration::matches).findFirst();
            Unit unit = spec.definition().unit();
            if (match.isEmpty()) {
                continue;
            }
            if ((unit != Unit.PER_10000 && unit != Unit.PERCENT) || spec.sql().split("core\\.periods", -1).length != 2) {
                // Said, not silent: the declaration stands but this query cannot be run over calendar years.
                log.warn("{} declares Kolada {} as matching, but only a rate or share whose query reads core.periods"
                        + " once can be computed per calendar year; no Kolada comparison for it", spec.id(),
                        match.get().kpi());
                continue;
            }
            String kpi = match.get().kpi();
            String id = spec.id() + SUFFIX;
            Map<Integer, Map<String, Figure>> figures = figures(connection, kpi);
            List<RawValue> years = calendarYears(connection, spec, municipality, periods, raw);
            Integer latestKolada = null;
            Map<String, ReferenceSource> areaSources = new java.util.LinkedHashMap<>();
            for (RawValue year : years) {
                int own = Integer.parseInt(year.period().substring(0, 4));
                Integer kolada = figures.keySet().stream().filter(y -> y <= own).max(Integer::compare).orElse(null);
                rows.add(year);
                if (kolada == null) {
                    continue;
                }
                latestKolada = kolada;
                Map<String, Figure> byArea = figures.get(kolada);
                Map<String, Figure> compared = new java.util.LinkedHashMap<>();
                compared.put("riket", byArea.get("riket"));
                if (county != null) {
                    compared.put(county, byArea.get(county));
                }
                for (PeerGroups.Group group : groups) {
                    compared.put(group.area(), Optional.ofNullable(byArea.get(group.area()))
                            .orElseGet(() -> groupMean(group, byArea, names, kpi, kolada)));
                }
                for (Map.Entry<String, Figure> area : compared.entrySet()) {
                    if (area.getValue() == null) {
                        continue;
                    }
                    addReference(references, id, year.period(), area.getKey(), area.getValue(), unit);
                    // The report names each compared figure's source and Kolada year beside it.
                    areaSources.put(area.getKey(), new ReferenceSource(area.getKey(), id, area.getValue().source(),
                            Integer.toString(kolada), "Kolada-år " + kolada + " jämfört med kommunens kalenderår "
                            + year.period().substring(0, 4)));
                }
            }
            if (rows.stream().noneMatch(r -> r.indicator().equals(id))) {
                continue;
            }
            sources.addAll(areaSources.values());
            if (latestKolada != null) {
                List<PeerValue> reporting = peers(connection, spec, id, kpi, municipality, figures.get(latestKolada),
                        latestKolada, names, unit);
                peers.addAll(reporting);
                Figure any = figures.get(latestKolada).values().iterator().next();
                sources.add(new ReferenceSource("kommuner", id, any.source(), Integer.toString(latestKolada),
                        reporting.size() + " kommuner med värde i funneldiagrammet; " + match.get().reason()));
            }
            inputs.add(new IndicatorInput(definition(spec, match.get(), latestKolada,
                    context(connection, spec, municipality, names)), spec.additive()));
        }
        return new Derived(inputs, rows, references, peers, sources);
    }

    /** The indicator's {@code all} row per complete calendar year whose half-year counts may be joined. */
    private List<RawValue> calendarYears(Connection connection, IndicatorSpec spec, MunicipalityCode municipality,
                                         List<String> periods, List<RawValue> raw) throws SQLException {
        Map<String, Double> halfYearCounts = new HashMap<>();
        raw.stream().filter(r -> r.indicator().equals(spec.id()) && r.breakdown().equals("all"))
                .forEach(r -> halfYearCounts.put(r.period(), r.numerator()));
        List<RawValue> years = new ArrayList<>();
        String sql = "SELECT period, numerator, denominator FROM (\n" + spec.sql().replace("core.periods", CALENDAR_YEARS)
                + "\n) AS calendar_years WHERE municipality = ? AND breakdown = 'all' ORDER BY period";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, municipality.code());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String period = rs.getString(1);
                    String year = period.substring(0, 4);
                    if (!periods.contains(year + "H1") || !periods.contains(year + "H2")
                            || small(halfYearCounts.get(year + "H1")) || small(halfYearCounts.get(year + "H2"))) {
                        continue;
                    }
                    Object numerator = rs.getObject(2);
                    Object denominator = rs.getObject(3);
                    if (numerator == null || denominator == null) {
                        continue;
                    }
                    years.add(new RawValue(spec.id() + SUFFIX, period, "all", ((Number) numerator).doubleValue(),
                            ((Number) denominator).doubleValue(), null));
                }
            }
        }
        return years;
    }

    private boolean small(Double count) {
        return count == null || (Math.round(count) >= 1 && Math.round(count) < threshold);
    }

    private static void addReference(List<ReferenceFigures.Candidate> references, String id, String period,
                                     String area, Figure figure, Unit unit) {
        references.add(new ReferenceFigures.Candidate(id, area, period, "T", figure.value(),
                figure.unit() != null ? figure.unit() : unit.code(), figure.source(), "kolada"));
    }

    /** Kolada's value for a group is the unweighted mean of its members that reported; vinr computes it so. */
    private static Figure groupMean(PeerGroups.Group group, Map<String, Figure> byArea, Map<String, String> names,
                                    String kpi, int year) {
        List<Figure> reported = new ArrayList<>();
        for (Map.Entry<String, Figure> area : byArea.entrySet()) {
            if (area.getKey().matches("\\d{4}") && group.members().contains(names.get(area.getKey()))) {
                reported.add(area.getValue());
            }
        }
        if (reported.size() < GROUP_MEMBERS_NEEDED) {
            return null;
        }
        double mean = reported.stream().mapToDouble(Figure::value).average().orElseThrow();
        return new Figure(mean, reported.get(0).unit(), "vinr: ovägt medel av Kolada " + kpi + " " + year + " för "
                + reported.size() + " av " + group.members().size() + " medlemmar (egen bearbetning av Kolada-värden)");
    }

    /** Every other municipality that reported the KPI that year, over its own population on the indicator's basis. */
    private List<PeerValue> peers(Connection connection, IndicatorSpec spec, String id, String kpi,
                                  MunicipalityCode municipality,
                                  Map<String, Figure> byArea, int year, Map<String, String> names, Unit unit)
            throws SQLException {
        Map<String, Long> population = population(connection, spec, year);
        List<PeerValue> peers = new ArrayList<>();
        for (Map.Entry<String, Figure> area : new TreeMap<>(byArea).entrySet()) {
            String code = area.getKey();
            Long denominator = population.get(code);
            if (!code.matches("\\d{4}") || code.equals(municipality.code()) || denominator == null || denominator <= 0) {
                continue;
            }
            double per = unit == Unit.PERCENT ? 100 : 10_000;
            double count = area.getValue().value() * denominator / per;
            if (Math.round(count) >= 1 && Math.round(count) < threshold) {
                continue;
            }
            peers.add(new PeerValue(id, code, names.getOrDefault(code, code), Integer.toString(year),
                    area.getValue().value(), denominator, "Källa: Kolada (RKA), " + kpi));
        }
        return peers;
    }

    /** Each municipality's population of the year (or the latest before) on the indicator's basis, or its fallback. */
    private static Map<String, Long> population(Connection connection, IndicatorSpec spec, int year)
            throws SQLException {
        Map<String, Long> population = new HashMap<>();
        if (spec.population().isEmpty()) {
            return population;
        }
        PopulationBasis basis = spec.population().get();
        List<String> groups = new ArrayList<>(List.of(basis.ageGroup()));
        basis.fallback().ifPresent(groups::add);
        try (PreparedStatement statement = connection.prepareStatement("SELECT municipality_code, population FROM ("
                + "SELECT municipality_code, population, row_number() OVER (PARTITION BY municipality_code ORDER BY "
                + "CASE age_group WHEN ? THEN 1 ELSE 2 END, year DESC) AS rn FROM ref.population "
                + "WHERE sex = 'T' AND age_group IN (?, ?) AND year <= ?) chosen WHERE rn = 1")) {
            statement.setString(1, groups.get(0));
            statement.setString(2, groups.get(0));
            statement.setString(3, groups.get(groups.size() - 1));
            statement.setInt(4, year);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    population.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return population;
    }

    /** The KPI's all-ages figures for both sexes, by year and area. */
    private static Map<Integer, Map<String, Figure>> figures(Connection connection, String kpi) throws SQLException {
        Map<Integer, Map<String, Figure>> figures = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT year_num, area, value, unit, source "
                + "FROM ref.national_figures WHERE indicator = ? AND sex = 'T' AND age_group = 'total' "
                + "AND value IS NOT NULL AND year_num IS NOT NULL AND year = CAST(year_num AS VARCHAR)")) {
            statement.setString(1, kpi);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    figures.computeIfAbsent(rs.getInt(1), y -> new HashMap<>())
                            .put(rs.getString(2), new Figure(rs.getDouble(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return figures;
    }

    /** The context KPIs, each with the municipality's latest value and why it is not compared. */
    private static List<String> context(Connection connection, IndicatorSpec spec, MunicipalityCode municipality,
                                        Map<String, String> names) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (KoladaDeclaration declaration : spec.kolada()) {
            if (declaration.matches()) {
                continue;
            }
            Map<Integer, Map<String, Figure>> figures = figures(connection, declaration.kpi());
            String latest = figures.entrySet().stream().filter(e -> e.getValue().containsKey(municipality.code()))
                    .reduce((a, b) -> b).map(e -> " " + names.getOrDefault(municipality.code(), municipality.code())
                            + " " + e.getKey() + ": " + String.format(Locale.ROOT, "%.1f", e.getValue()
                            .get(municipality.code()).value()).replace('.', ',')
                            + Optional.ofNullable(e.getValue().get("riket")).map(r -> ", riket "
                            + String.format(Locale.ROOT, "%.1f", r.value()).replace('.', ',')).orElse("") + ".")
                    .orElse(" Inget värde för kommunen.");
            lines.add("Kolada " + declaration.kpi() + " visas som sammanhang, inte som jämförelse: "
                    + declaration.reason() + latest);
        }
        return lines;
    }

    static IndicatorDefinition definition(IndicatorSpec spec, KoladaDeclaration match, Integer koladaYear,
                                          List<String> context) {
        IndicatorDefinition base = spec.definition();
        String year = koladaYear == null ? "inga Kolada-värden importerade" : Integer.toString(koladaYear);
        String yearEn = koladaYear == null ? "no Kolada values imported" : Integer.toString(koladaYear);
        return new IndicatorDefinition(base.id() + SUFFIX,
                base.titleSv() + ", kalenderår (jämförs med Kolada " + match.kpi() + ")",
                base.titleEn() + ", calendar year (compared with Kolada " + match.kpi() + ")",
                "Samma mått för hela kalenderåret (båda halvåren, varje person räknas en gång), eftersom Koladas "
                        + match.kpi() + " är ett årsvärde; ett halvårs takt jämförs aldrig med det. Jämförs med Koladas"
                        + " värden för det senaste Kolada-år som finns upp till kalenderåret (senaste: " + year + ")."
                        + " " + match.reason() + (context.isEmpty() ? "" : " " + String.join(" ", context)),
                "The same measure over the whole calendar year (both half-years, each person counted once), since Kolada's "
                        + match.kpi() + " is annual; a half-year's rate is never compared with it. Compared with Kolada's"
                        + " figures of the latest Kolada year up to the calendar year (latest: " + yearEn + ")."
                        + " Differences (in Swedish): " + match.reason(),
                base.unit(), "calendar year: " + base.numeratorDefinition(), "calendar year: " + base.denominatorDefinition(),
                base.polarity(), base.subGoal(), "Kolada " + match.kpi() + " (" + year + ")", null, Set.of());
    }

    private static String county(Connection connection, MunicipalityCode municipality) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT county_code FROM ref.municipalities WHERE municipality_code = ?")) {
            statement.setString(1, municipality.code());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
