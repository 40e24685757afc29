package se.vinr.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    /** Peers as if every peer's own report showed every figure: the small-count rule alone. */
    private final PeerFigures peers = new PeerFigures(catalogue, 5, municipality -> Set.of());

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
    void takesOtherLoadedMunicipalitiesButDropsOneComputedFromASmallCount() throws Exception {
        for (String code : List.of("2280", "2281", "2282", "2283")) {
            execute("INSERT INTO ref.municipalities VALUES ('" + code + "', 'Kommun " + code
                    + "', '22', 'Västernorrlands län', 'C6', 'Mindre stad/tätort', 'x')");
            execute("INSERT INTO core.periods VALUES ('" + code + "', '2025H1', DATE '2025-01-01', "
                    + "DATE '2025-06-30', TIMESTAMP '2025-07-02 10:00:00')");
        }
        contacts("2280", 10, 6);
        contacts("2281", 20, 3);
        contacts("2282", 10, 0);
        contacts("2283", 3, 0);

        List<PeerValue> found = peers.peers(warehouse.connection(), OWN, PERIOD);

        // 2281 asked 3 of 20: hidden; 2282 asked none of 10: zero is shown; 2283 had 3 contacts: hidden.
        // Disclosure is of those asked: 2282's denominator is 0, 2281's is 3, so neither is a peer.
        assertThat(found).extracting(PeerValue::indicator, PeerValue::municipalityCode, PeerValue::municipalityName,
                        PeerValue::period, PeerValue::value, PeerValue::denominator)
                .containsExactly(tuple("screening_rate", "2282", "Kommun 2282", "2025H1", 0.0, 10.0));
    }

    @Test
    void dropsAShareWhoseComplementIsASmallCount() throws Exception {
        threeMunicipalitiesWithTheFirstHalfOf2025();
        contacts("2280", 10, 6);
        // 2281: 9 of 12 asked, so 75 % of 12 tells that 3 were not asked; 2282: 10 of 20.
        contacts("2281", 12, 9);
        contacts("2282", 20, 10);
        figure("screening_rate", "2284", "2025H1", 98.0, "percent", 100.0);

        List<PeerValue> found = peers.peers(warehouse.connection(), OWN, PERIOD);

        assertThat(found).filteredOn(p -> p.indicator().equals("screening_rate"))
                .extracting(PeerValue::municipalityCode).containsExactly("2282");
    }

    @Test
    void dropsAPeerFigureThatThePeersOwnReportHides() throws Exception {
        for (String code : List.of("2280", "2281", "2282")) {
            execute("INSERT INTO core.periods VALUES ('" + code + "', '2025H1', DATE '2025-01-01', "
                    + "DATE '2025-06-30', TIMESTAMP '2025-07-02 10:00:00')");
        }
        contacts("2281", 20, 10);
        contacts("2282", 20, 10);
        List<String> asked = new ArrayList<>();
        PeerFigures figures = new PeerFigures(catalogue, 5, municipality -> {
            asked.add(municipality);
            return municipality.equals("2281") ? Set.of("screening_rate") : Set.of();
        });

        List<PeerValue> found = figures.peers(warehouse.connection(), OWN, PERIOD);

        assertThat(found).filteredOn(p -> p.indicator().equals("screening_rate"))
                .extracting(PeerValue::municipalityCode).containsExactly("2282");
        assertThat(asked).as("each peer's own decision, taken once").containsExactlyInAnyOrder("2281", "2282");
    }

    /**
     * The publish step's own decisions for peers, end to end: every figure of a municipality of the same
     * warehouse that 2280's funnel shows is one that municipality's own report shows too. 2281 has a unit
     * where 2 contacts were not asked (a small count its own report protects by hiding more), 2282 nothing
     * to protect.
     */
    @Test
    void theFunnelShowsOnlyFiguresThePeersOwnReportsShow() throws Exception {
        threeMunicipalitiesWithTheFirstHalfOf2025();
        contacts("2280", 10, 6);
        contacts("2281", "IFO barn", 12, 10);
        contacts("2281", "IFO vuxen", 10, 0);
        contacts("2282", "IFO vuxen", 20, 10);
        PublicationBuilder builder = new PublicationBuilder(catalogue, new OutputLayout(dir),
                new ConfidenceLevel(0.95), 5, 3);

        Publication own = builder.build(warehouse.connection(), OWN, PERIOD, Optional.empty());

        assertThat(own.peers()).as("peers from the warehouse").isNotEmpty();
        for (String peer : List.of("2281", "2282")) {
            Set<String> shownByItself = new HashSet<>();
            builder.build(warehouse.connection(), MunicipalityCode.parse(peer), PERIOD, Optional.empty()).values()
                    .stream().filter(v -> v.breakdown().equals("all") && v.period().equals("2025H1") && !v.suppressed())
                    .forEach(v -> shownByItself.add(v.indicator()));
            assertThat(own.peers()).filteredOn(p -> p.municipalityCode().equals(peer))
                    .extracting(PeerValue::indicator).allMatch(shownByItself::contains);
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
            execute("INSERT INTO core.periods VALUES ('" + code + "', '2025H1', DATE '2025-01-01', "
                    + "DATE '2025-06-30', TIMESTAMP '2025-07-02 10:00:00')");
        }
    }
}
