package se.vinr.publish;

import se.vinr.publish.protection.CountLinks;
import se.vinr.publish.protection.SmallRowCounts;
import se.vinr.publish.reference.KoladaComparisons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.OutputLayout;
import se.vinr.core.Period;
import se.vinr.indicators.DenominatorBasis;
import se.vinr.indicators.IndicatorCatalogue;
import se.vinr.indicators.IndicatorRunner;
import se.vinr.indicators.IndicatorSpec;
import se.vinr.indicators.PopulationDenominator;
import se.vinr.indicators.PopulationLabel;
import se.vinr.indicators.RawIndicatorRow;
import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.plan.ActionPlan;
import se.vinr.plan.OverdueRule;
import se.vinr.plan.PlanFollowUpBuilder;
import se.vinr.plan.PlanStatusRow;
import se.vinr.plan.PlanStatusValidator;
import se.vinr.reports.model.DataQuality;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.PeerValue;
import se.vinr.reports.model.PlanFollowUp;
import se.vinr.reports.model.PopulationCount;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.model.SeriesBreak;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the warehouse for one municipality and half-year and computes what its publication shows:
 * every indicator over all loaded half-years up to this one, protected and tested by
 * {@link IndicatorStatistics}, beside the data-quality facts, reference sources, series breaks and
 * the action-plan follow-up. The publish step stores the result in {@code mart.*}
 * ({@link PublicationWriter}); nothing else computes it.
 */
public final class PublicationBuilder {

    private static final Logger log = LoggerFactory.getLogger(PublicationBuilder.class);

    private final IndicatorCatalogue catalogue;
    private final OutputLayout layout;
    private final ConfidenceLevel level;
    private final int threshold;
    private final int protectionLevel;

    public PublicationBuilder(IndicatorCatalogue catalogue, OutputLayout layout, ConfidenceLevel level,
                              int threshold, int protectionLevel) {
        this.catalogue = catalogue;
        this.layout = layout;
        this.level = level;
        this.threshold = threshold;
        this.protectionLevel = protectionLevel;
    }

    public Publication build(Connection connection, MunicipalityCode municipality, Period period,
                             Optional<ActionPlan> plan) throws SQLException {
        List<String> periods = strings(connection, "SELECT period FROM core.periods WHERE municipality = ? "
                + "AND period <= ? ORDER BY period", municipality.code(), period.toString());
        if (!periods.contains(period.toString())) {
            throw new se.vinr.batch.UserFacingException("the warehouse has no data for " + municipality + " "
                    + period + "; run load for that half-year first");
        }
        Assembled assembled = assemble(connection, municipality, periods);
        List<IndicatorInput> inputs = assembled.inputs();
        List<IndicatorDefinition> definitions = assembled.definitions();
        List<RawValue> raw = assembled.raw();
        Set<ReferenceFigures.RowKey> fallbackBasis = assembled.fallbackBasis();
        Map<String, Map<String, String>> populationUsed = assembled.populationUsed();
        StandardisedRatios.Derived standardised = assembled.standardised();
        KoladaComparisons.Derived kolada = assembled.kolada();
        List<SeriesBreak> breaks = seriesBreaks(connection, period);
        Map<String, String> seriesStart = new HashMap<>();
        for (IndicatorDefinition definition : definitions) {
            breaks.stream().filter(b -> b.touches(definition.id())).map(SeriesBreak::period)
                    .max(String::compareTo).ifPresent(start -> seriesStart.put(definition.id(), start));
            // A change of the population divided by is a break too: the rates are not on one basis.
            PopulationLabel.basisStart(populationUsed.getOrDefault(definition.id(), Map.of()))
                    .ifPresent(start -> seriesStart.merge(definition.id(), start, (a, b) -> a.compareTo(b) >= 0 ? a : b));
        }
        List<ReferenceFigures.Candidate> derivedReferences = new ArrayList<>(standardised.references());
        derivedReferences.addAll(kolada.references());
        ReferenceFigures references = references(connection, municipality, definitions, fallbackBasis,
                derivedReferences);
        IndicatorStatistics.Result result = new IndicatorStatistics(level, threshold, protectionLevel, CountLinks.of(catalogue),
                new WarehouseDecisionMemo(connection))
                .compute(municipality.code(), inputs, raw, periods, seriesStart, references,
                        EarlierPublications.read(connection, municipality, period, threshold).hiddenCells(raw));
        if (!result.unprotectable().isEmpty()) {
            log.warn("{} small counts stay derivable from figures published before, whatever this report hides: {}",
                    result.unprotectable().size(), result.unprotectable());
        }
        String name = strings(connection, "SELECT municipality_name FROM ref.municipalities WHERE municipality_code = ?",
                municipality.code()).stream().findFirst().orElse(municipality.code());
        PeerFigures peers = new PeerFigures(catalogue, threshold);
        PlanFollowUp followUp = plan.map(p -> planFollowUp(connection, p, municipality, period, result.values()))
                .orElse(null);
        return new Publication(municipality.code(), name, period.toString(), periods, definitions,
                result.values(), result.trends(),
                concat(comparable(peers.peers(connection, municipality, period), fallbackBasis, period), kolada.peers()),
                concat(peers.concerning(connection, sources(connection), municipality), kolada.sources()), breaks,
                dataQuality(connection, municipality, period), followUp, threshold,
                String.format(java.util.Locale.ROOT, "%.1f", level.level() * 100),
                groupNames(connection, municipality), populationByAgeAndSex(connection, municipality, period),
                synthetic(connection, municipality));
    }

    /**
     * The municipality's indicator rows of {@code periods} and how each is protected and labelled: the
     * catalogue's queries, then the standardised ratios and calendar-year figures derived from them.
     */
    private Assembled assemble(Connection connection, MunicipalityCode municipality, List<String> periods)
            throws SQLException {
        List<IndicatorInput> inputs = new ArrayList<>();
        List<IndicatorDefinition> definitions = new ArrayList<>();
        for (IndicatorSpec spec : catalogue.specs()) {
            inputs.add(new IndicatorInput(spec.definition(), spec.additive(), true, spec.tests()));
            definitions.add(spec.definition());
        }
        List<RawValue> raw = new ArrayList<>();
        Set<ReferenceFigures.RowKey> fallbackBasis = new HashSet<>();
        DenominatorBasis basis = new DenominatorBasis(connection);
        IndicatorRunner runner = new IndicatorRunner(catalogue);
        // The age group each half-year's rate was divided by, so that its label can name it.
        Map<String, Map<String, String>> populationUsed = new HashMap<>();
        for (IndicatorSpec spec : catalogue.specs()) {
            for (RawIndicatorRow row : runner.run(connection, spec, Optional.of(municipality.code()))) {
                if (!periods.contains(row.period())) {
                    continue;
                }
                raw.add(new RawValue(row.indicator(), row.period(), row.breakdown(), row.numerator(),
                        row.denominator(), row.value()));
                Optional<PopulationDenominator> denominator = basis.forRow(spec, row);
                // A rate over the fallback age group (20+ for 18+) is not on a reference's basis.
                if (denominator.map(PopulationDenominator::fallback).orElse(false)) {
                    fallbackBasis.add(new ReferenceFigures.RowKey(row.indicator(), row.period(), row.breakdown()));
                }
                if (denominator.isPresent() && row.breakdown().equals(IndicatorValue.ALL)) {
                    populationUsed.computeIfAbsent(spec.id(), k -> new HashMap<>())
                            .put(row.period(), denominator.get().ageGroup());
                }
            }
        }
        for (IndicatorSpec spec : catalogue.specs()) {
            if (spec.population().isPresent() && populationUsed.containsKey(spec.id())) {
                IndicatorDefinition named = PopulationLabel.relabel(spec.definition(), spec.population().get().ageGroup(),
                        populationUsed.get(spec.id()));
                definitions.replaceAll(d -> d.id().equals(spec.id()) ? named : d);
                inputs.replaceAll(i -> i.id().equals(spec.id())
                        ? new IndicatorInput(named, i.additive(), i.denominatorCounted(), i.tests()) : i);
            }
        }
        StandardisedRatios.Derived standardised = new StandardisedRatios(level)
                .derive(connection, municipality.code(), catalogue.specs(), raw);
        inputs.addAll(standardised.inputs());
        raw.addAll(standardised.rows());
        definitions = standardised.placedAfterTheirRates(definitions);
        KoladaComparisons.Derived kolada = new KoladaComparisons(threshold)
                .derive(connection, municipality, catalogue.specs(), periods, raw);
        inputs.addAll(kolada.inputs());
        raw.addAll(kolada.rows());
        definitions = kolada.placedAfterTheirIndicators(definitions);
        // The calendar-year figure divides by the same population as its half-year rate, so its label names
        // that population too ("20 år och äldre" where only 20+ was loaded), never the one the model wishes for.
        for (IndicatorSpec spec : catalogue.specs()) {
            if (spec.population().isPresent() && populationUsed.containsKey(spec.id())) {
                String id = spec.id() + KoladaComparisons.SUFFIX;
                String wanted = spec.population().get().ageGroup();
                Map<String, String> used = populationUsed.get(spec.id());
                definitions.replaceAll(d -> d.id().equals(id) ? PopulationLabel.relabel(d, wanted, used) : d);
                inputs.replaceAll(i -> i.id().equals(id) ? new IndicatorInput(PopulationLabel.relabel(i.definition(),
                        wanted, used), i.additive(), i.denominatorCounted(), i.tests()) : i);
            }
        }
        return new Assembled(inputs, definitions, raw, fallbackBasis, populationUsed, standardised, kolada);
    }

    private record Assembled(List<IndicatorInput> inputs, List<IndicatorDefinition> definitions, List<RawValue> raw,
                             Set<ReferenceFigures.RowKey> fallbackBasis, Map<String, Map<String, String>> populationUsed,
                             StandardisedRatios.Derived standardised, KoladaComparisons.Derived kolada) {
    }

    /**
     * Other municipalities' values, for funnel plots, only where the municipality's own latest rate is on
     * the population the definition asks for: a rate per 20+ placed among rates per 18+ is the comparison
     * the reference columns refuse, so the funnel refuses it too.
     */
    private static List<PeerValue> comparable(List<PeerValue> peers, Set<ReferenceFigures.RowKey> fallbackBasis,
                                              Period period) {
        return peers.stream().filter(p -> !fallbackBasis.contains(
                new ReferenceFigures.RowKey(p.indicator(), period.toString(), IndicatorValue.ALL))).toList();
    }

    /** Whether any loaded half-year of the municipality was made with the demo's public key (synthetic data). */
    private static boolean synthetic(Connection connection, MunicipalityCode municipality) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM meta.loads WHERE municipality = ? AND starts_with(key_fingerprint, 'demo-')")) {
            statement.setString(1, municipality.code());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    /**
     * The municipality's inhabitants by sex and adult age band, of the latest year up to the period's that
     * has them all, to set the victims against; empty when no such year was imported (the seeds have none).
     */
    private static List<PopulationCount> populationByAgeAndSex(Connection connection, MunicipalityCode municipality,
                                                               Period period) throws SQLException {
        String bands = "('18-24', '25-44', '45-64', '65-79', '80+')";
        List<PopulationCount> population = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT sex, age_group, population, year "
                + "FROM ref.population WHERE municipality_code = ? AND sex IN ('K', 'M') AND age_group IN " + bands
                + " AND year = (SELECT max(year) FROM (SELECT year FROM ref.population WHERE municipality_code = ? "
                + "AND sex IN ('K', 'M') AND age_group IN " + bands + " AND year <= ? GROUP BY year "
                + "HAVING count(*) = 10) complete) ORDER BY sex, age_group")) {
            statement.setString(1, municipality.code());
            statement.setString(2, municipality.code());
            statement.setInt(3, period.start().getYear());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    population.add(new PopulationCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4)));
                }
            }
        }
        return population;
    }

    private PlanFollowUp planFollowUp(Connection connection, ActionPlan plan, MunicipalityCode municipality,
                                      Period period, List<IndicatorValue> values) {
        List<PlanStatusRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT activity_id, status, value, comment "
                + "FROM core.plan_status WHERE municipality = ? AND period = ? ORDER BY activity_id")) {
            statement.setString(1, municipality.code());
            statement.setString(2, period.toString());
            try (ResultSet rs = statement.executeQuery()) {
                long line = 2;
                while (rs.next()) {
                    Object value = rs.getObject(3);
                    rows.add(new PlanStatusRow(line++, rs.getString(1), rs.getString(2),
                            value == null ? null : ((Number) value).doubleValue(), rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the plan status: " + e.getMessage(), e);
        }
        Map<String, Double> latest = new LinkedHashMap<>();
        for (IndicatorValue value : values) {
            if (value.period().equals(period.toString()) && value.isAll()) {
                latest.put(value.indicator(), value.suppressed() ? null : value.value());
            }
        }
        return new PlanFollowUpBuilder(new OverdueRule(), threshold)
                .build(plan, period, new PlanStatusValidator(plan).validate(rows), latest);
    }

    private static List<SeriesBreak> seriesBreaks(Connection connection, Period period) throws SQLException {
        List<SeriesBreak> breaks = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT break_date, scope, description_sv, "
                + "description_en, source FROM ref.series_breaks WHERE break_date <= ? ORDER BY break_date, scope")) {
            statement.setObject(1, period.end());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    LocalDate date = rs.getObject(1, LocalDate.class);
                    // A half-year that straddles the break is the last of the old series.
                    Period first = Period.of(date).start().equals(date) ? Period.of(date) : Period.of(date).next();
                    breaks.add(new SeriesBreak(first.toString(), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return breaks;
    }

    /** @param derived reference figures of derived indicators (the value 1 of an observed/expected ratio) */
    private static ReferenceFigures references(Connection connection, MunicipalityCode municipality,
                                               List<IndicatorDefinition> definitions,
                                               Set<ReferenceFigures.RowKey> untestable,
                                               List<ReferenceFigures.Candidate> derived) throws SQLException {
        List<String> koladaGroups = se.vinr.publish.reference.PeerGroups.of(connection, municipality).stream()
                .map(se.vinr.publish.reference.PeerGroups.Group::groupId).toList();
        List<String> areas = ReferenceFigures.areasOf(null, null, null, koladaGroups);
        try (PreparedStatement statement = connection.prepareStatement("SELECT county_code, skr_group_name, "
                + "skr_group_code FROM ref.municipalities WHERE municipality_code = ?")) {
            statement.setString(1, municipality.code());
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next()) {
                    areas = ReferenceFigures.areasOf(rs.getString(1), rs.getString(2), rs.getString(3), koladaGroups);
                }
            }
        }
        Map<String, IndicatorDefinition> byId = new LinkedHashMap<>();
        definitions.forEach(d -> byId.put(d.id(), d));
        List<ReferenceFigures.Candidate> candidates = new ArrayList<>(derived);
        // Rates by age band are the inputs of standardised ratios, not figures to compare a total with. Only the
        // municipality's own reference areas are read: ReferenceFigures compares with no other, and the table
        // holds every municipality's figures (tens of thousands of rows) once comparison figures are imported.
        try (PreparedStatement statement = connection.prepareStatement("SELECT indicator, area, year, sex, value, "
                + "unit, source, domain FROM ref.national_figures WHERE age_group = 'total' AND area IN ("
                + String.join(", ", Collections.nCopies(areas.size(), "?"))
                + ") ORDER BY indicator, area, year, sex")) {
            for (int i = 0; i < areas.size(); i++) {
                statement.setString(i + 1, areas.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (byId.containsKey(rs.getString(1))) {
                        Object value = rs.getObject(5);
                        candidates.add(new ReferenceFigures.Candidate(rs.getString(1), rs.getString(2),
                                rs.getString(3), rs.getString(4), value == null ? null : ((Number) value).doubleValue(),
                                rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                }
            }
        }
        return new ReferenceFigures(byId, areas, candidates, untestable);
    }

    /** Names of the municipality's Kolada peer groups (with their members) by area code; the country's name is the report's. */
    private static Map<String, String> groupNames(Connection connection, MunicipalityCode municipality)
            throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        for (se.vinr.publish.reference.PeerGroups.Group group
                : se.vinr.publish.reference.PeerGroups.of(connection, municipality)) {
            names.put(group.area(), group.displayName());
        }
        // A county is named as SCB names it ("Västernorrlands län"), never by its code.
        try (PreparedStatement statement = connection.prepareStatement("SELECT county_code, county_name FROM ref.counties");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        }
        return names;
    }

    private static List<ReferenceSource> sources(Connection connection) throws SQLException {
        List<ReferenceSource> sources = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT area, indicator, source, "
                + "min(year) || CASE WHEN min(year) <> max(year) THEN '–' || max(year) ELSE '' END, "
                + "string_agg(DISTINCT qualifier, '; ' ORDER BY qualifier) FROM ref.national_figures "
                + "GROUP BY area, indicator, source ORDER BY indicator, area, source");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                sources.add(new ReferenceSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
            }
        }
        return sources;
    }

    private DataQuality dataQuality(Connection connection, MunicipalityCode municipality, Period period)
            throws SQLException {
        List<DataQuality.FileCounts> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Path manifest = layout.manifest(municipality, period);
        if (Files.exists(manifest)) {
            JsonNode root;
            try {
                root = JsonMapper.builder().build().readTree(manifest.toFile());
            } catch (RuntimeException e) {
                throw new IllegalStateException("cannot read " + manifest + ": " + e.getMessage(), e);
            }
            for (Map.Entry<String, JsonNode> entry : root.path("files").properties()) {
                JsonNode file = entry.getValue();
                Map<String, Long> byReason = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> reason : file.path("rejected_by_reason").properties()) {
                    byReason.put(reason.getKey(), reason.getValue().asLong());
                }
                files.add(new DataQuality.FileCounts(entry.getKey(), file.path("read").asLong(),
                        file.path("written").asLong(), file.path("rejected").asLong(), byReason));
            }
            root.path("missing_files").forEach(node -> missing.add(node.asString()));
        }
        List<DataQuality.DataWarning> warnings = new ArrayList<>();
        SmallRowCounts smallRowCounts = new SmallRowCounts(threshold);
        try (PreparedStatement statement = connection.prepareStatement("SELECT period, check_name, severity, "
                + "message_sv FROM meta.data_test_results WHERE municipality = ? AND period <= ? ORDER BY period, "
                + "check_name, severity, message_sv")) {
            statement.setString(1, municipality.code());
            statement.setString(2, period.toString());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    warnings.add(new DataQuality.DataWarning(rs.getString(1), rs.getString(2), rs.getString(3),
                            smallRowCounts.hide(rs.getString(4))));
                }
            }
        }
        List<DataQuality.RevisedReference> revised = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT indicator, area, year, old_value, "
                + "new_value FROM ref.import_changes ORDER BY indicator, area, year, sex, import_id");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                revised.add(new DataQuality.RevisedReference(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Double) rs.getObject(4), (Double) rs.getObject(5)));
            }
        }
        return new DataQuality(files, missing, warnings, revised);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static List<String> strings(Connection connection, String sql, String... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
