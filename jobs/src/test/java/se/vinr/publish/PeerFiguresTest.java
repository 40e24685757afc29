package se.vinr.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.OutputLayout;
import se.vinr.core.Period;
import se.vinr.indicators.IndicatorCatalogue;
import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.load.Migrations;
import se.vinr.core.ProjectFiles;
import se.vinr.load.Warehouse;
import se.vinr.reports.model.PeerValue;
import se.vinr.reports.model.ReferenceSource;

/** Peers from a real, migrated DuckDB warehouse with the project's own indicator queries. */
class PeerFiguresTest {

    private static final Path SQL = Path.of("..", "sql");
    private static final MunicipalityCode OWN = MunicipalityCode.parse("2280");
    private static final Period PERIOD = Period.parse("2025H1");

    @TempDir
    Path dir;

    private Warehouse warehouse;
    private final IndicatorCatalogue catalogue = IndicatorCatalogue.fromDirectory(SQL);
    private final PeerFigures peers = new PeerFigures(catalogue, 5);

    @BeforeEach
    void migrate() {
        warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"));
        new Migrations(ProjectFiles.of(SQL, ProjectFiles.SQL), Clock.fixed(Instant.parse("2026-07-03T08:00:00Z"), ZoneOffset.UTC))
                .migrate(warehouse);
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void takesWhatOtherLoadedMunicipalitiesPublishedButDropsOneComputedFromASmallCount() throws Exception {
        for (String code : List.of("2280", "2281", "2282", "2283")) {
            execute("INSERT INTO ref.municipalities VALUES ('" + code + "', 'Kommun " + code
                    + "', '22', 'Västernorrlands län', 'C6', 'Mindre stad/tätort', 'x')");
            loaded(code, "2025H1");
        }
        // 2281 published with a threshold of 3, so its 3 of 20 is in its own report but is a small count here;
        // 2282 asked none of 10 (zero is shown); 2283 had 3 contacts.
        published("2281", "2025H1", "screening_rate", "2025H1", 3.0, 20.0, false);
        published("2282", "2025H1", "screening_rate", "2025H1", 0.0, 10.0, false);
        published("2283", "2025H1", "screening_rate", "2025H1", 0.0, 3.0, false);

        List<PeerValue> found = peers.peers(warehouse.connection(), OWN, PERIOD);

        assertThat(found).extracting(PeerValue::indicator, PeerValue::municipalityCode, PeerValue::municipalityName,
                        PeerValue::period, PeerValue::value, PeerValue::denominator)
                .containsExactly(tuple("screening_rate", "2282", "Kommun 2282", "2025H1", 0.0, 10.0));
    }

    @Test
    void dropsAShareWhoseComplementIsASmallCount() throws Exception {
        threeMunicipalitiesWithTheFirstHalfOf2025();
        // 2281: 9 of 12 asked, so 75 % of 12 tells that 3 were not asked; 2282: 10 of 20.
        published("2281", "2025H1", "screening_rate", "2025H1", 9.0, 12.0, false);
        published("2282", "2025H1", "screening_rate", "2025H1", 10.0, 20.0, false);
        figure("screening_rate", "2284", "2025H1", 98.0, "percent", 100.0);

        List<PeerValue> found = peers.peers(warehouse.connection(), OWN, PERIOD);

        assertThat(found).filteredOn(p -> p.indicator().equals("screening_rate"))
                .extracting(PeerValue::municipalityCode).containsExactly("2282");
    }

    @Test
    void showsNoFigureThatThePeerHidOrHasNotPublished() throws Exception {
        for (String code : List.of("2280", "2281", "2282", "2283")) {
            loaded(code, "2025H1");
        }
        contacts("2283", 20, 10);
        published("2281", "2025H1", "screening_rate", "2025H1", null, 20.0, true);
        published("2282", "2025H1", "screening_rate", "2025H1", 10.0, 20.0, false);
        // 2283 published only its earlier half-year; Kolada's figure must not stand in for its own data.
        loaded("2283", "2024H2");
        published("2283", "2024H2", "screening_rate", "2024H2", 10.0, 20.0, false);
        figure("screening_rate", "2283", "2025H1", 50.0, "percent", 20.0);

        List<PeerValue> found = peers.peers(warehouse.connection(), OWN, PERIOD);

        assertThat(found).filteredOn(p -> p.indicator().equals("screening_rate"))
                .extracting(PeerValue::municipalityCode).containsExactly("2282");
    }

    @Test
    void takesTheHalfYearAsThePeersLatestPublicationShowsIt() throws Exception {
        threeMunicipalitiesWithTheFirstHalfOf2025();
        loaded("2281", "2025H2");
        published("2281", "2025H1", "screening_rate", "2025H1", 10.0, 20.0, false);
        // Revised in the next report: a late-registered contact.
        published("2281", "2025H2", "screening_rate", "2025H1", 11.0, 20.0, false);
        published("2281", "2025H2", "screening_rate", "2025H2", 12.0, 20.0, false);

        List<PeerValue> found = peers.peers(warehouse.connection(), OWN, PERIOD);

        assertThat(found).extracting(PeerValue::municipalityCode, PeerValue::value, PeerValue::denominator)
                .containsExactly(tuple("2281", 55.0, 20.0));
    }

    /**
     * End to end with the publish step's own builder and writer: a municipality of the same warehouse
     * appears in 2280's funnel only once it has published the half-year, and then only with figures its
     * own report shows. 2281 has a unit where 2 contacts were not asked (a small count its own report
     * protects by hiding more), 2282 nothing to protect.
     */
    @Test
    void theFunnelShowsOnlyFiguresThePeersOwnReportsPublished() throws Exception {
        threeMunicipalitiesWithTheFirstHalfOf2025();
        contacts("2280", 10, 6);
        contacts("2281", "IFO barn", 12, 10);
        contacts("2281", "IFO vuxen", 10, 0);
        contacts("2282", "IFO vuxen", 20, 10);
        PublicationBuilder builder = new PublicationBuilder(catalogue, new OutputLayout(dir),
                new ConfidenceLevel(0.95), 5, 3);
        assertThat(builder.build(warehouse.connection(), OWN, PERIOD, Optional.empty()).peers())
                .as("before the others published").noneMatch(p -> p.source().contains("samma databas"));

        Map<String, Set<String>> shownByItself = new HashMap<>();
        for (String peer : List.of("2281", "2282")) {
            Publication publication = builder.build(warehouse.connection(), MunicipalityCode.parse(peer), PERIOD,
                    Optional.empty());
            new PublicationWriter(Clock.fixed(Instant.parse("2026-07-03T08:00:00Z"), ZoneOffset.UTC))
                    .write(warehouse, publication);
            shownByItself.put(peer, publication.values().stream().filter(v -> v.breakdown().equals("all")
                    && v.period().equals("2025H1") && !v.suppressed()).map(v -> v.indicator()).collect(Collectors.toSet()));
        }
        Publication own = builder.build(warehouse.connection(), OWN, PERIOD, Optional.empty());

        assertThat(own.peers()).as("peers from the warehouse").anyMatch(p -> p.municipalityCode().equals("2282"));
        for (String peer : List.of("2281", "2282")) {
            assertThat(own.peers()).filteredOn(p -> p.municipalityCode().equals(peer))
                    .extracting(PeerValue::indicator).allMatch(shownByItself.get(peer)::contains);
        }
    }

    @Test
    void takesImportedMunicipalityFiguresThatMatchTheDefinition() throws Exception {
        execute("INSERT INTO ref.municipalities VALUES ('2284', 'Sollefteå', '22', 'Västernorrlands län', 'C6', "
                + "'Mindre stad/tätort', 'x')");
        execute("INSERT INTO core.periods VALUES ('2280', '2025H1', DATE '2025-01-01', DATE '2025-06-30', "
                + "TIMESTAMP '2025-07-02 10:00:00')");
        figure("screening_rate", "2284", "2025", 50.0, "percent", 200.0);
        // Own municipality: never a peer.
        figure("screening_rate", "2280", "2025H1", 70.0, "percent", 300.0);
        // A share computed from 4 persons: hidden.
        figure("risk_assessed_share", "2284", "2025H1", 40.0, "percent", 10.0);
        // Rates: the half-year only; without a denominator the population of the indicator's basis.
        figure("new_victims_rate", "2284", "2025H1", 12.0, "per_10000", null);
        population("2284", "18+", 10_000);
        figure("new_victims_rate", "2284", "2025", 30.0, "per_10000", 10_000.0);
        figure("new_children_rate", "2284", "2025H1", 0.5, "per_1000", null);
        population("2284", "0-19", 4_000);
        // A total 'T' only, and a catalogue id only.
        figure("screening_rate", "2285", "2025H1", 61.0, "percent", 500.0, "K");
        figure("screening_share_other", "2285", "2025H1", 61.0, "percent", 500.0, "T");

        List<PeerValue> found = peers.peers(warehouse.connection(), OWN, PERIOD);

        assertThat(found).extracting(PeerValue::indicator, PeerValue::municipalityCode, PeerValue::municipalityName,
                        PeerValue::period, PeerValue::value, PeerValue::denominator, PeerValue::source)
                .containsExactly(
                        tuple("new_victims_rate", "2284", "Sollefteå", "2025H1", 12.0, 10_000.0, "test source"),
                        tuple("screening_rate", "2284", "Sollefteå", "2025", 50.0, 200.0, "test source"));
    }

    @Test
    void anImportedRateForOneAgeBandIsNoMunicipalitysValue() throws Exception {
        execute("INSERT INTO core.periods VALUES ('2280', '2025H1', DATE '2025-01-01', DATE '2025-06-30', "
                + "TIMESTAMP '2025-07-02 10:00:00')");
        execute("INSERT INTO ref.national_figures (indicator, area, year, sex, value, unit, source, year_num, import_id,"
                + " denominator, age_group) VALUES ('screening_rate', '2284', '2025H1', 'T', 40.0, 'percent', 'test',"
                + " 2025, 1, 900, '25-44')");

        assertThat(peers.peers(warehouse.connection(), OWN, PERIOD)).isEmpty();
    }

    @Test
    void aMunicipalityInTheWarehouseIsNotTakenAgainFromTheImports() throws Exception {
        for (String code : List.of("2280", "2281")) {
            execute("INSERT INTO core.periods VALUES ('" + code + "', '2025H1', DATE '2025-01-01', "
                    + "DATE '2025-06-30', TIMESTAMP '2025-07-02 10:00:00')");
        }
        contacts("2281", 20, 3);
        figure("screening_rate", "2281", "2025H1", 55.0, "percent", 400.0);

        assertThat(peers.peers(warehouse.connection(), OWN, PERIOD))
                .noneMatch(p -> p.indicator().equals("screening_rate"));
    }

    @Test
    void keepsTheSourcesOfTheMunicipalitysOwnReferenceAreasAndEveryContextFigure() throws Exception {
        execute("INSERT INTO ref.municipalities VALUES ('2280', 'Härnösand', '22', 'Västernorrlands län', 'C6', "
                + "'Mindre stad/tätort', 'x')");
        List<ReferenceSource> sources = List.of(
                new ReferenceSource("riket", "screening_rate", "demo", "2025H1", null),
                new ReferenceSource("22", "screening_rate", "demo", "2025H1", null),
                new ReferenceSource("kommungrupp:Mindre stad/tätort", "screening_rate", "demo", "2025H1", null),
                new ReferenceSource("01", "screening_rate", "demo", "2025H1", null),
                new ReferenceSource("kommungrupp:Storstäder", "screening_rate", "demo", "2025H1", null),
                new ReferenceSource("2281", "screening_rate", "demo", "2025H1", null),
                new ReferenceSource("2280", "screening_rate", "demo", "2025H1", null),
                new ReferenceSource("0127", "kvinnofrid_seed_figure", "seed", "2019", null));

        assertThat(peers.concerning(warehouse.connection(), sources, OWN)).extracting(ReferenceSource::referenceArea)
                .containsExactly("riket", "22", "kommungrupp:Mindre stad/tätort", "2280", "0127");
    }

    private void loaded(String municipality, String period) throws SQLException {
        Period half = Period.parse(period);
        execute("INSERT INTO core.periods VALUES ('" + municipality + "', '" + period + "', DATE '" + half.start()
                + "', DATE '" + half.end() + "', TIMESTAMP '2025-07-02 10:00:00')");
    }

    /** A figure of breakdown all as the municipality's publication of {@code reportPeriod} has it in the ledger. */
    private void published(String municipality, String reportPeriod, String indicator, String period, Double numerator,
                           double denominator, boolean suppressed) throws SQLException {
        Double value = numerator == null ? null : 100 * numerator / denominator;
        execute("INSERT INTO mart.published_cells (municipality, report_period, ordinal, indicator, breakdown, period, "
                + "reference_area, unit, numerator, denominator, value, comparison, suppressed) VALUES ('" + municipality
                + "', '" + reportPeriod + "', 1, '" + indicator + "', 'all', '" + period + "', '', 'percent', " + numerator
                + ", " + denominator + ", " + value + ", 'not_compared', " + suppressed + ")");
    }

    private void contacts(String municipality, int contacts, int asked) throws SQLException {
        contacts(municipality, "IFO", contacts, asked);
    }

    private void contacts(String municipality, String unit, int contacts, int asked) throws SQLException {
        for (int i = 0; i < contacts; i++) {
            String id = municipality + "-" + unit.replace(' ', '_') + "-" + i;
            execute("INSERT INTO core.contacts VALUES ('" + municipality + "', '2025H1', 'c" + id + "', 'p" + id
                    + "', '" + unit + "', DATE '2025-03-01', " + (i < asked) + ", "
                    + (i < asked ? "false" : "NULL") + ", NULL, 'K', 40, '25-44')");
        }
    }

    private void figure(String indicator, String area, String year, double value, String unit, Double denominator)
            throws SQLException {
        figure(indicator, area, year, value, unit, denominator, "T");
    }

    private void figure(String indicator, String area, String year, double value, String unit, Double denominator,
                        String sex) throws SQLException {
        execute("INSERT INTO ref.national_figures (indicator, area, year, sex, value, unit, source, year_num, import_id,"
                + " denominator) VALUES ('" + indicator + "', '" + area + "', '" + year + "', '" + sex + "', " + value
                + ", '" + unit + "', 'test source', " + year.substring(0, 4) + ", 1, " + denominator + ")");
    }

    private void population(String municipality, String ageGroup, long population) throws SQLException {
        execute("INSERT INTO ref.population VALUES ('" + municipality + "', 2024, 'T', '" + ageGroup + "', " + population
                + ", 'test', false, 1)");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = warehouse.connection().createStatement()) {
            statement.execute(sql);
        }
    }

    private void threeMunicipalitiesWithTheFirstHalfOf2025() throws Exception {
        for (String code : List.of("2280", "2281", "2282")) {
            execute("INSERT INTO ref.municipalities VALUES ('" + code + "', 'Kommun " + code
                    + "', '22', 'Västernorrlands län', 'C6', 'Mindre stad/tätort', 'x')");
            loaded(code, "2025H1");
        }
    }
}
