package se.vinr.publish.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

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
import se.vinr.national.NationalImports;
import se.vinr.national.ReferenceStore;
import se.vinr.publish.RawValue;
import se.vinr.publish.PublicationBuilder;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Language;
import se.vinr.reports.model.ReportModel;

/**
 * Härnösand with its own calendar years against real-shaped Kolada U30750 figures: 2022 reported by three of
 * the seven members of its IFO peer group G36529 (Nynäshamn 39.4, Kristinehamn 7.1, Bollnäs 25.3) and by Lund.
 */
class KoladaComparisonsTest {

    private static final Path SQL = Path.of("..", "sql");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-20T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void comparesTheCalendarYearCountingEachPersonOnceWithKoladaAndItsPeerGroup() throws Exception {
        try (Warehouse warehouse = warehouse()) {
            Connection connection = warehouse.connection();
            // 2022: 20 persons in H1, 24 in H2, of whom 4 are the same persons: 40 adults over the year.
            victims(connection, "2022H1", "2022-03-01", 0, 20);
            victims(connection, "2022H2", "2022-09-01", 16, 40);

            KoladaComparisons.Derived derived = derive(connection, List.of("2022H1", "2022H2"));

            assertThat(derived.rows()).containsExactly(
                    new RawValue("new_victims_rate_kolada", "2022H2", "all", 40.0, 16000.0, null));
            assertThat(derived.references()).extracting(r -> r.area() + " " + r.year() + " " + Math.round(r.value() * 100))
                    .containsExactly("kolada:G36529 2022H2 2393");
            assertThat(derived.references().get(0).source()).isEqualTo("vinr: ovägt medel av Kolada U30750 2022 för 3"
                    + " av 7 medlemmar (egen bearbetning av Kolada-värden)");
            assertThat(derived.peers()).extracting(p -> p.municipalityCode() + " " + p.period() + " " + p.value() + " "
                    + p.denominator()).containsExactly("0192 2022 39.4 22000.0", "1281 2022 16.4 100000.0",
                    "1781 2022 7.1 19000.0", "2183 2022 25.3 21000.0");
            assertThat(derived.inputs()).singleElement().satisfies(input -> {
                assertThat(input.definition().titleSv()).isEqualTo("Nya våldsutsatta vuxna per 10 000 invånare 18 år"
                        + " och äldre, kalenderår (jämförs med Kolada U30750)");
                assertThat(input.definition().descriptionSv()).contains("(senaste: 2022)")
                        .contains("Kolada räknar ärenden, vinr personer")
                        .contains("Kolada N07402 visas som sammanhang, inte som jämförelse");
            });
        }
    }

    @Test
    void comparesALaterYearWithTheLatestKoladaYearAndNamesIt() throws Exception {
        try (Warehouse warehouse = warehouse()) {
            Connection connection = warehouse.connection();
            victims(connection, "2024H1", "2024-03-01", 0, 10);
            victims(connection, "2024H2", "2024-09-01", 10, 20);

            KoladaComparisons.Derived derived = derive(connection, List.of("2024H1", "2024H2"));

            assertThat(derived.rows()).extracting(RawValue::period, RawValue::numerator).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("2024H2", 20.0));
            assertThat(derived.peers()).extracting(p -> p.period()).containsOnly("2022");
            assertThat(derived.sources()).extracting(s -> s.referenceArea() + " " + s.year())
                    .containsExactly("kolada:G36529 2022", "kommuner 2022");
        }
    }

    @Test
    void leavesOutAYearWhoseHalfYearCountIsSmallSinceTheYearWouldRevealIt() throws Exception {
        try (Warehouse warehouse = warehouse()) {
            Connection connection = warehouse.connection();
            victims(connection, "2022H1", "2022-03-01", 0, 3);
            victims(connection, "2022H2", "2022-09-01", 3, 30);

            assertThat(derive(connection, List.of("2022H1", "2022H2")).rows()).isEmpty();
        }
    }

    @Test
    void neverComparesAYearWithOnlyOneHalfLoaded() throws Exception {
        try (Warehouse warehouse = warehouse()) {
            Connection connection = warehouse.connection();
            victims(connection, "2022H1", "2022-03-01", 0, 20);

            assertThat(derive(connection, List.of("2022H1")).rows()).isEmpty();
        }
    }

    @Test
    void theReportComparesTheYearWithTheOwnPeerGroupAndPlotsTheReportingMunicipalities() throws Exception {
        try (Warehouse warehouse = warehouse()) {
            Connection connection = warehouse.connection();
            victims(connection, "2022H1", "2022-03-01", 0, 20);
            victims(connection, "2022H2", "2022-09-01", 16, 40);

            ReportModel model = new PublicationBuilder(IndicatorCatalogue.fromDirectory(SQL), new OutputLayout(dir),
                    new ConfidenceLevel(0.95), 5, 3).build(connection, MunicipalityCode.parse("2280"),
                    Period.parse("2022H2"), Optional.empty()).toReportModel(Language.SV, 3, "test", java.time.Instant.EPOCH);

            assertThat(model.definitions()).extracting(d -> d.id()).containsSubsequence("new_victims_rate",
                    "new_victims_rate_kolada");
            assertThat(model.values()).filteredOn(v -> v.indicator().equals("new_victims_rate_kolada") && v.isAll())
                    .extracting(IndicatorValue::referenceArea).contains("kolada:G36529");
            assertThat(model.areaNames()).containsEntry("kolada:G36529", "Liknande kommuner IFO, Härnösand, 2022"
                    + " (Kolada G36529: Bollnäs, Finspång, Kristinehamn, Lindesberg, Nynäshamn, Skara, Tierp)");
            assertThat(model.peers()).filteredOn(p -> p.indicator().equals("new_victims_rate_kolada")).hasSize(4);
            assertThat(model.sources()).extracting(s -> s.indicator()).contains("new_victims_rate_kolada");
            // Kolada files a KPI for every municipality; the report lists it only for its own areas.
            assertThat(model.sources()).filteredOn(s -> s.indicator().equals("U30750"))
                    .extracting(s -> s.referenceArea()).containsOnly("riket");
        }
    }

    private static KoladaComparisons.Derived derive(Connection connection, List<String> periods) throws SQLException {
        IndicatorCatalogue catalogue = IndicatorCatalogue.fromDirectory(SQL);
        List<RawValue> raw = new se.vinr.indicators.IndicatorRunner(catalogue)
                .run(connection, catalogue.find("new_victims_rate").orElseThrow(), Optional.of("2280")).stream()
                .map(r -> new RawValue(r.indicator(), r.period(), r.breakdown(), r.numerator(), r.denominator(), r.value()))
                .toList();
        return new KoladaComparisons(5).derive(connection, MunicipalityCode.parse("2280"), catalogue.specs(), periods,
                raw);
    }

    private Warehouse warehouse() throws Exception {
        Warehouse warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"));
        new Migrations(ProjectFiles.of(SQL, ProjectFiles.SQL), CLOCK).migrate(warehouse);
        NationalImports imports = new NationalImports(new ReferenceStore(ProjectFiles.of(SQL, ProjectFiles.SQL), CLOCK));
        Path groups = dir.resolve("groups.json");
        Files.writeString(groups, """
                [{"id": "G36529", "title": "Liknande kommuner IFO, Härnösand, 2022", "members": [
                  {"member_id": "0192", "member_title": "Nynäshamn"}, {"member_id": "0360", "member_title": "Tierp"},
                  {"member_id": "0562", "member_title": "Finspång"}, {"member_id": "1495", "member_title": "Skara"},
                  {"member_id": "1781", "member_title": "Kristinehamn"}, {"member_id": "1885", "member_title": "Lindesberg"},
                  {"member_id": "2183", "member_title": "Bollnäs"}]},
                 {"id": "G36401", "title": "Liknande kommuner IFO, Bollnäs, 2022", "members": [
                  {"member_id": "2280", "member_title": "Härnösand"}, {"member_id": "1281", "member_title": "Lund"},
                  {"member_id": "0192", "member_title": "Nynäshamn"}]}]
                """);
        imports.importFile(warehouse, groups);
        Path kolada = dir.resolve("kolada.json");
        Files.writeString(kolada, """
                {"values": [
                 {"kpi": "U30750", "municipality": "0192", "period": 2022, "values": [{"gender": "T", "value": 39.4}]},
                 {"kpi": "U30750", "municipality": "1781", "period": 2022, "values": [{"gender": "T", "value": 7.1}]},
                 {"kpi": "U30750", "municipality": "2183", "period": 2022, "values": [{"gender": "T", "value": 25.3}]},
                 {"kpi": "U30750", "municipality": "1281", "period": 2022, "values": [{"gender": "T", "value": 16.4}]},
                 {"kpi": "U30750", "municipality": "0000", "period": 2022, "values": [{"gender": "T", "value": null}]},
                 {"kpi": "N07402", "municipality": "2280", "period": 2022, "values": [{"gender": "T", "value": 11.53}]}],
                 "kpis": [{"id": "U30750", "title": "Vuxna (18+) som aktualiserats …, antal/10 000 vuxna invånare"},
                          {"id": "N07402", "title": "Anmälda brott om grov kvinnofridskränkning i kommunen, antal/100 000 inv"}]}
                """);
        imports.importFile(warehouse, kolada);
        try (Statement statement = warehouse.connection().createStatement()) {
            statement.execute("INSERT INTO ref.municipalities VALUES ('2280', 'Härnösand', '22', 'Västernorrlands län',"
                    + " 'C6', 'Mindre stad/tätort', 'Mindre städer'), ('0192', 'Nynäshamn', '01', 'Stockholms län', NULL,"
                    + " NULL, NULL), ('1781', 'Kristinehamn', '17', 'Värmlands län', NULL, NULL, NULL), ('2183',"
                    + " 'Bollnäs', '21', 'Gävleborgs län', NULL, NULL, NULL), ('1281', 'Lund', '12', 'Skåne län', NULL,"
                    + " NULL, NULL), ('0360', 'Tierp', '03', 'Uppsala län', NULL, NULL, NULL), ('0562', 'Finspång', '05',"
                    + " 'Östergötlands län', NULL, NULL, NULL), ('1495', 'Skara', '14', 'Västra Götalands län', NULL,"
                    + " NULL, NULL), ('1885', 'Lindesberg', '18', 'Örebro län', NULL, NULL, NULL)");
            statement.execute("INSERT INTO ref.population VALUES ('2280', 2021, 'T', '18+', 16000, 'test', false, 0),"
                    + " ('0192', 2022, 'T', '20+', 22000, 'test', true, 0), ('1781', 2021, 'T', '18+', 19000, 'test', false, 0),"
                    + " ('2183', 2022, 'T', '18+', 21000, 'test', false, 0), ('1281', 2022, 'T', '18+', 100000, 'test', false, 0),"
                    + " ('2183', 2023, 'T', '18+', 99999, 'test', false, 0)");
        }
        return warehouse;
    }

    /** Adult victims {@code from}..{@code to}-1 (person ids), each with a case opened on {@code opened}. */
    private static void victims(Connection connection, String period, String opened, int from, int to)
            throws SQLException {
        Period half = Period.parse(period);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO core.periods VALUES ('2280', ?, ?, ?,"
                + " TIMESTAMP '2024-07-20 08:00:00')")) {
            insert.setString(1, period);
            insert.setObject(2, half.start());
            insert.setObject(3, half.end());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO core.cases (municipality, period,"
                + " case_id, person_id, role, unit, opened, sex, age, age_band) VALUES ('2280', ?, ?, ?, 'victim',"
                + " 'IFO vuxen', CAST(? AS DATE), 'K', 30, '25-44')")) {
            for (int i = from; i < to; i++) {
                insert.setString(1, period);
                insert.setString(2, period + "-case-" + i);
                insert.setString(3, "person-" + i);
                insert.setString(4, opened);
                insert.executeUpdate();
            }
        }
    }
}
