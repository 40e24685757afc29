package se.vinr.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.reports.model.Breakdown;
import se.vinr.indicators.DenominatorBasis;
import se.vinr.indicators.IndicatorCatalogue;
import se.vinr.indicators.IndicatorSpec;
import se.vinr.indicators.PopulationDenominator;
import se.vinr.reports.model.PeerValue;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.model.Unit;
import se.vinr.publish.reference.MunicipalityNames;

/**
 * Other municipalities' values of the report's half-year, the points of the funnel plots and the
 * spread behind the spine chart. Two sources, in this order:
 *
 * <ol>
 *   <li>Municipalities loaded in the same warehouse (a county's or region's shared warehouse): the
 *       figure of breakdown {@code all} exactly as the municipality's own latest publication of the
 *       half-year shows it in the ledger ({@code mart.published_cells}), so the definition is the same by
 *       construction.</li>
 *   <li>Imported reference figures filed under a catalogue id for a four-digit municipality code, with a
 *       denominator: the figure's own, or for a rate without one the municipality's population on the
 *       indicator's basis (not a fallback age group). The same rules as {@link ReferenceFigures} decide
 *       whether a figure matches: sex {@code T}, no police-reported domain, the same half-year (a share or
 *       a ratio may use the calendar year), the indicator's scale.</li>
 * </ol>
 *
 * <p>Only shares, rates and ratios have peers: a count depends on the size of the municipality and a
 * median has no denominator. A municipality found in the warehouse is not taken again from the imports.
 *
 * <p>Protection: a peer is dropped when its numerator, its denominator or, for a share, its complement
 * (denominator less numerator) is a count from 1 to the threshold minus one (for an imported figure the
 * numerator is recomputed from value and denominator), so no published chart or table shows a value
 * from which a small count follows; zero is shown. A municipality of the same warehouse is shown only
 * with what it has published itself: its own report may hide a figure to protect a small part beside it
 * (a role, a linked indicator, an earlier half-year), and a figure it hid, or a half-year it has not
 * published yet, gives no peer. So this report tells nothing about another municipality that the
 * municipality's own reports do not, and it never takes that municipality's protection decision for it:
 * a report costs its own municipality's decisions, however many municipalities share the warehouse.
 */
public final class PeerFigures {

    private static final Set<Unit> WITH_PEERS = Set.of(Unit.PERCENT, Unit.PER_10000, Unit.RATIO);

    private final IndicatorCatalogue catalogue;
    private final int threshold;

    public PeerFigures(IndicatorCatalogue catalogue, int threshold) {
        this.catalogue = catalogue;
        this.threshold = threshold;
    }

    /** Every other municipality's value of the half-year, for every share, rate and ratio of the catalogue. */
    public List<PeerValue> peers(Connection connection, MunicipalityCode municipality, Period period)
            throws SQLException {
        Map<String, String> names = MunicipalityNames.read(connection);
        Set<String> taken = new HashSet<>();
        List<PeerValue> peers = new ArrayList<>(fromWarehouse(connection, municipality, period, names, taken));
        peers.addAll(fromImports(connection, municipality, period, names, taken));
        return List.copyOf(peers);
    }

    /**
     * The reference sources that concern this report: a catalogue indicator's figures only for the
     * municipality itself and its reference areas (Sweden, its county, its municipality group, its Kolada peer groups), since
     * other municipalities' figures are peers, named with the funnel plots, and other counties' and
     * groups' figures are compared with nothing here; a Kolada KPI's figures likewise only for those areas; every
     * other context figure as it is.
     */
    public List<ReferenceSource> concerning(Connection connection, List<ReferenceSource> sources,
                                            MunicipalityCode municipality) throws SQLException {
        List<String> areas = new ArrayList<>(List.of("riket", municipality.code()));
        try (PreparedStatement statement = connection.prepareStatement("SELECT county_code, skr_group_name, "
                + "skr_group_code FROM ref.municipalities WHERE municipality_code = ?")) {
            statement.setString(1, municipality.code());
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next()) {
                    areas.addAll(ReferenceFigures.areasOf(rs.getString(1), rs.getString(2), rs.getString(3),
                            se.vinr.publish.reference.PeerGroups.of(connection, municipality).stream()
                                    .map(se.vinr.publish.reference.PeerGroups.Group::groupId).toList()));
                }
            }
        }
        // A Kolada KPI is filed for every municipality: only its figures for this report's areas concern it.
        return sources.stream().filter(s -> areas.contains(s.referenceArea())
                || (catalogue.find(s.indicator()).isEmpty() && !s.indicator().matches("[A-Z]\\d{5}"))).toList();
    }

    /**
     * The other loaded municipalities' {@code all} figures of the half-year as their own latest publication
     * covering it shows them ({@code mart.published_cells}): a figure its report hid, or a municipality that
     * has not published the half-year, gives no peer here. Every loaded municipality is {@code taken}, so
     * that an import never stands in for a figure its own data keeps back.
     */
    private List<PeerValue> fromWarehouse(Connection connection, MunicipalityCode municipality, Period period,
                                          Map<String, String> names, Set<String> taken) throws SQLException {
        Map<String, IndicatorSpec> withPeers = new HashMap<>();
        for (IndicatorSpec spec : catalogue.specs()) {
            if (WITH_PEERS.contains(spec.definition().unit())) {
                withPeers.put(spec.id(), spec);
            }
        }
        for (String loaded : othersLoaded(connection, municipality, period)) {
            withPeers.keySet().forEach(id -> taken.add(key(id, loaded)));
        }
        String source = "Andra kommuner i samma databas (deras egna publicerade uppgifter)";
        List<PeerValue> peers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT c.indicator, c.municipality, c.unit, c.numerator, c.denominator, c.value, c.suppressed
                FROM mart.published_cells c
                JOIN core.periods p ON p.municipality = c.municipality AND p.period = c.period
                WHERE c.period = ? AND c.breakdown = ? AND c.municipality <> ?
                QUALIFY row_number() OVER (PARTITION BY c.municipality, c.indicator
                                           ORDER BY c.report_period DESC, c.reference_area) = 1
                ORDER BY c.indicator, c.municipality""")) {
            statement.setString(1, period.toString());
            statement.setString(2, Breakdown.ALL_TEXT);
            statement.setString(3, municipality.code());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    IndicatorSpec spec = withPeers.get(rs.getString(1));
                    String peer = rs.getString(2);
                    Double numerator = (Double) rs.getObject(4);
                    Double denominator = (Double) rs.getObject(5);
                    Double value = (Double) rs.getObject(6);
                    // Another catalogue version's unit, a hidden figure, or one this report's threshold
                    // would not show (the peer may publish with a lower one).
                    if (spec == null || !spec.definition().unit().code().equals(rs.getString(3)) || rs.getBoolean(7)
                            || value == null || numerator == null || denominator == null || denominator <= 0
                            || revealsSmallCount(spec.definition().unit(), numerator, denominator)) {
                        continue;
                    }
                    peers.add(new PeerValue(spec.id(), peer, names.getOrDefault(peer, peer), period.toString(),
                            value, denominator, source));
                }
            }
        }
        return peers;
    }

    private List<PeerValue> fromImports(Connection connection, MunicipalityCode municipality, Period period,
                                        Map<String, String> names, Set<String> taken) throws SQLException {
        Map<String, Imported> best = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT indicator, area, year, value, unit, "
                + "source, denominator FROM ref.national_figures WHERE sex = 'T' AND age_group = 'total' "
                + "AND value IS NOT NULL "
                + "AND regexp_full_match(area, '[0-9]{4}') AND year IN (?, ?) "
                + "AND (domain IS NULL OR domain NOT LIKE 'bra\\_%' ESCAPE '\\') ORDER BY indicator, area, year")) {
            statement.setString(1, period.toString());
            statement.setString(2, Integer.toString(period.year()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Optional<IndicatorSpec> spec = catalogue.find(rs.getString(1));
                    String area = rs.getString(2);
                    if (spec.isEmpty() || area.equals(municipality.code()) || taken.contains(key(spec.get().id(), area))) {
                        continue;
                    }
                    Unit unit = spec.get().definition().unit();
                    boolean sameHalf = rs.getString(3).equals(period.toString());
                    Optional<Double> value = ReferenceFigures.onScale(unit, rs.getString(5), rs.getDouble(4));
                    if (!WITH_PEERS.contains(unit) || value.isEmpty() || (!sameHalf && unit == Unit.PER_10000)) {
                        continue;
                    }
                    Object denominator = rs.getObject(7);
                    Imported figure = new Imported(spec.get(), area, rs.getString(3), value.get(),
                            denominator == null ? null : ((Number) denominator).doubleValue(), rs.getString(6), sameHalf);
                    best.merge(key(spec.get().id(), area), figure, (a, b) -> a.sameHalf() ? a : b);
                }
            }
        }
        DenominatorBasis basis = new DenominatorBasis(connection);
        List<PeerValue> peers = new ArrayList<>();
        for (Imported figure : best.values().stream().sorted(Comparator
                .comparing((Imported i) -> i.spec().id()).thenComparing(Imported::area)).toList()) {
            Optional<Double> denominator = Optional.ofNullable(figure.denominator())
                    .or(() -> population(basis, figure, period));
            Unit unit = figure.spec().definition().unit();
            if (denominator.isEmpty() || denominator.get() <= 0
                    || revealsSmallCount(unit, figure.value() * denominator.get() / per(unit), denominator.get())) {
                continue;
            }
            peers.add(new PeerValue(figure.spec().id(), figure.area(), names.getOrDefault(figure.area(), figure.area()),
                    figure.year(), figure.value(), denominator.get(), figure.source()));
        }
        return peers;
    }

    /** A rate's population when it is plainly the indicator's own basis; a fallback age group is not. */
    private static Optional<Double> population(DenominatorBasis basis, Imported figure, Period period) {
        if (figure.spec().definition().unit() != Unit.PER_10000 || figure.spec().population().isEmpty()) {
            return Optional.empty();
        }
        return basis.find(figure.area(), period, figure.spec().population().get(), "T")
                .filter(p -> !p.fallback()).map(PopulationDenominator::population).map(Long::doubleValue);
    }

    /**
     * Whether a peer's value would tell a count from 1 to the threshold minus one: its numerator, its
     * denominator, or for a share the complement (the persons of the denominator not counted), which a
     * shown share and denominator give as exactly as the numerator.
     */
    private boolean revealsSmallCount(Unit unit, double numerator, double denominator) {
        return small(numerator) || small(denominator) || (unit == Unit.PERCENT && small(denominator - numerator));
    }

    private boolean small(double count) {
        long rounded = Math.round(count);
        return rounded >= 1 && rounded < threshold;
    }

    private static double per(Unit unit) {
        return switch (unit) {
            case PERCENT -> 100;
            case PER_10000 -> 10_000;
            default -> 1;
        };
    }

    /** The other municipalities with the half-year loaded. */
    private static List<String> othersLoaded(Connection connection, MunicipalityCode municipality, Period period)
            throws SQLException {
        List<String> loaded = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT municipality FROM core.periods WHERE period = ? AND municipality <> ? ORDER BY municipality")) {
            statement.setString(1, period.toString());
            statement.setString(2, municipality.code());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    loaded.add(rs.getString(1));
                }
            }
        }
        return loaded;
    }

    private static String key(String indicator, String municipality) {
        return indicator + '\u0000' + municipality;
    }

    private record Imported(IndicatorSpec spec, String area, String year, double value, Double denominator,
                            String source, boolean sameHalf) {
    }
}
