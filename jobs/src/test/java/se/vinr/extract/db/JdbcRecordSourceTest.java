package se.vinr.extract.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import se.vinr.extract.RecordKind;
import se.vinr.extract.csv.RawRecord;
import se.vinr.ops.RealPostgres;

@ExtendWith(RealPostgres.class)
class JdbcRecordSourceTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String CASES = "SELECT case_id, person_id, role, unit, opened, closed FROM vinr_cases ORDER BY case_id";

    private RealPostgres.Database database;

    @BeforeEach
    void createTables(RealPostgres.Database database) throws SQLException {
        this.database = database;
        execute("""
                CREATE TABLE vinr_cases (case_id text, person_id text, role text, unit text, opened date, closed date,
                                         lgbtq boolean, registered timestamp, changed timestamptz, note text);
                INSERT INTO vinr_cases VALUES
                  ('A-1', '19121212-1212', 'victim', 'IFO vuxen', '2026-02-03', NULL, true,
                   '2026-02-03 16:45:00', '2026-02-03 23:30:00+00', 'x'),
                  ('A-2', '201212121212', 'perpetrator', 'IFO vuxen', '2026-03-31', '2026-05-01', false,
                   NULL, NULL, NULL);
                CREATE TABLE vinr_headcount (department text, unit text, role text, staff numeric(8, 2),
                                             share double precision, budget numeric);
                INSERT INTO vinr_headcount VALUES ('Socialförvaltningen', 'IFO', 'employee', 42.00, 0.1, 100);
                """);
    }

    @Test
    void streamsEachRowAsARawRecordNumberedLikeACsvLineAfterTheHeader() {
        List<RawRecord> records = readAll(RecordKind.CASES, CASES, Map.of());

        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 3L);
        assertThat(records.get(0).fields()).containsOnly(entry("case_id", "A-1"), entry("person_id", "19121212-1212"),
                entry("role", "victim"), entry("unit", "IFO vuxen"), entry("opened", "2026-02-03"),
                entry("closed", ""));
        assertThat(records.get(1).field("closed")).isEqualTo("2026-05-01");
        assertThat(records).allSatisfy(record -> {
            assertThat(record.fieldCount()).isEqualTo(6);
            assertThat(record.malformed()).isFalse();
        });
    }

    @Test
    void matchesColumnsToFieldsIgnoringCaseAfterTheProfilesRenames() {
        String sql = """
                SELECT case_id AS "Ärende-ID", person_id AS "PERSON_ID", role AS "Roll", unit AS "Unit",
                       opened AS "Öppnat", note AS "Anteckning"
                FROM vinr_cases ORDER BY case_id""";
        Map<String, String> renames = Map.of("ärende-id", "case_id", "roll", "role", "öppnat", "opened");

        try (JdbcRecordCursor cursor = source(Map.of(RecordKind.CASES, sql)).open(RecordKind.CASES, renames)) {
            RawRecord first = cursor.read();

            assertThat(first.fields()).containsOnly(entry("case_id", "A-1"), entry("person_id", "19121212-1212"),
                    entry("role", "victim"), entry("unit", "IFO vuxen"), entry("opened", "2026-02-03"));
            assertThat(cursor.ignoredColumns()).containsExactly("Anteckning");
        }
    }

    @Test
    void writesDatesBooleansAndNumbersAsTheCsvExportWould() {
        String cases = """
                SELECT case_id, person_id, role, unit, registered AS opened, changed AS closed, lgbtq,
                       registered AS disability
                FROM vinr_cases ORDER BY case_id""";
        List<RawRecord> caseRows = readAll(RecordKind.CASES, cases, Map.of());
        List<RawRecord> headcount = readAll(RecordKind.HEADCOUNT,
                "SELECT department, unit, role, staff AS headcount FROM vinr_headcount", Map.of());
        List<RawRecord> plan = readAll(RecordKind.PLAN_STATUS, """
                SELECT 'a1' AS activity_id, 'done' AS status, share AS value, budget AS comment FROM vinr_headcount
                UNION ALL SELECT 'a2', 'done', 1e21, 12345678901234567890 FROM vinr_headcount""", Map.of());

        assertThat(caseRows.get(0).fields()).contains(entry("opened", "2026-02-03"), entry("closed", "2026-02-04"),
                entry("lgbtq", "true"), entry("disability", "2026-02-03T16:45"));
        assertThat(caseRows.get(1).fields()).contains(entry("opened", ""), entry("closed", ""),
                entry("lgbtq", "false"));
        assertThat(headcount.get(0).field("headcount")).isEqualTo("42");
        assertThat(plan).extracting(row -> row.field("value")).containsExactly("0.1", "1000000000000000000000");
        assertThat(plan).extracting(row -> row.field("comment")).containsExactly("100", "12345678901234567890");
    }

    @Test
    void fetchesRowsInBatchesInsteadOfHoldingTheWholeResult() {
        // Row 2500 fails when it is computed, quoting a person id: only batched fetching delivers rows before it.
        String sql = """
                SELECT 'c' || g AS case_id, '19121212-1212' AS person_id, 'victim' AS role, 'IFO' AS unit,
                       CASE WHEN g = 2500 THEN CAST('19121212-1212' || repeat('x', g - 2500) AS date)
                            ELSE DATE '2026-02-03' END AS opened
                FROM generate_series(1, 5000) AS g""";

        try (JdbcRecordCursor cursor = source(Map.of(RecordKind.CASES, sql), Locale.ENGLISH)
                .open(RecordKind.CASES, Map.of())) {
            for (int row = 1; row <= 2 * JdbcRecordSource.FETCH_SIZE; row++) {
                assertThat(cursor.read()).isNotNull();
            }
            assertThatThrownBy(() -> {
                while (cursor.read() != null) {
                    // read on until the failing row
                }
            }).isInstanceOf(DatabaseSourceException.class)
                    .hasMessageContaining("cases")
                    .hasMessageContaining("after 2000 rows")
                    .hasMessageContaining("SQLSTATE 22")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("19121212"))
                    .hasNoCause();
        }
    }

    @Test
    void runsTheQueryInAReadOnlyTransaction() throws SQLException {
        String sql = """
                WITH gone AS (DELETE FROM vinr_cases RETURNING *)
                SELECT case_id, person_id, role, unit, opened FROM gone""";

        assertThatThrownBy(() -> source(Map.of(RecordKind.CASES, sql)).open(RecordKind.CASES, Map.of()))
                .isInstanceOf(DatabaseSourceException.class)
                .hasMessageContaining("database.queries.cases");
        assertThat(readAll(RecordKind.CASES, CASES, Map.of())).hasSize(2);
    }

    @Test
    void namesTheRequiredColumnsTheQueryLacks() {
        String sql = "SELECT case_id, role, unit AS enhet FROM vinr_cases";

        assertThatThrownBy(() -> source(Map.of(RecordKind.CASES, sql)).open(RecordKind.CASES, Map.of()))
                .isInstanceOf(DatabaseSourceException.class)
                .hasMessage("Frågan för cases ger inte de obligatoriska kolumnerna person_id, unit, opened. Döp "
                        + "kolumnerna som innehåller dem med AS i frågan, eller ange dem under headers i profilen. "
                        + "Frågans kolumner: case_id, role, enhet.");
    }

    @Test
    void refusesTwoColumnsForOneField() {
        String sql = "SELECT case_id, person_id, role, unit, opened, closed AS \"OPENED\" FROM vinr_cases";

        assertThatThrownBy(() -> source(Map.of(RecordKind.CASES, sql), Locale.ENGLISH).open(RecordKind.CASES, Map.of()))
                .isInstanceOf(DatabaseSourceException.class)
                .hasMessage("The query for cases gives both the column \"opened\" and \"OPENED\" as the field opened. "
                        + "Remove one of them from the query or change headers in the profile.");
    }

    @Test
    void showsTheDatabasesMessageForAQueryThatDoesNotCompile() {
        String sql = "SELECT case_id, person_id, role, unit, opened FROM no_such_table";

        assertThatThrownBy(() -> source(Map.of(RecordKind.CASES, sql), Locale.ENGLISH).open(RecordKind.CASES, Map.of()))
                .isInstanceOf(DatabaseSourceException.class)
                .hasMessageContaining("The query for cases (database.queries.cases in the profile) could not be run")
                .hasMessageContaining("no_such_table");
    }

    @Test
    void refusesToOpenAKindWithoutAQuery() {
        assertThatThrownBy(() -> source(Map.of()).open(RecordKind.CASES, Map.of()))
                .isInstanceOf(DatabaseSourceException.class)
                .hasMessageContaining("database.queries");
        assertThat(source(Map.of(RecordKind.CASES, CASES)).hasQuery(RecordKind.CONTACTS)).isFalse();
    }

    @Test
    void givesTheConnectionBackAsItWas() throws SQLException {
        try (Connection connection = database.connect()) {
            JdbcRecordSource source = JdbcRecordSource.of(new SingleConnectionDataSource(connection, true),
                    Map.of(RecordKind.CASES, CASES), Locale.ENGLISH, STOCKHOLM);
            try (JdbcRecordCursor cursor = source.open(RecordKind.CASES, Map.of())) {
                assertThat(connection.getAutoCommit()).isFalse();
                assertThat(connection.isReadOnly()).isTrue();
                cursor.read();
            }
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(connection.isReadOnly()).isFalse();
        }
    }

    @Test
    void connectsWithTheSettingsAndThePasswordFromTheEnvironment() {
        DatabaseSettings settings = new DatabaseSettings(database.url(), database.user(), "TEST_DB_PASSWORD",
                Map.of(RecordKind.CASES, CASES));

        JdbcRecordSource source = JdbcRecordSource.connect(settings, Map.of("TEST_DB_PASSWORD", database.password()),
                Locale.ENGLISH, STOCKHOLM);

        try (JdbcRecordCursor cursor = source.open(RecordKind.CASES, Map.of())) {
            assertThat(cursor.read().field("case_id")).isEqualTo("A-1");
        }
    }

    @Test
    void namesTheAddressAndThePasswordVariableButNeverThePasswordWhenItCannotConnect() {
        String url = database.url().replaceFirst(":\\d+/", ":1/") + "?password=hemligt";
        DatabaseSettings settings = new DatabaseSettings(url, "vinr", null, Map.of(RecordKind.CASES, CASES));
        JdbcRecordSource source = JdbcRecordSource.connect(settings, Map.of("VINR_DB_PASSWORD", "hemligt2"),
                Locale.ENGLISH, STOCKHOLM);

        assertThatThrownBy(() -> source.open(RecordKind.CASES, Map.of()))
                .isInstanceOf(DatabaseSourceException.class)
                .hasMessageStartingWith("Could not connect to the database " + url.substring(0, url.indexOf('?'))
                        + " as the user vinr: ")
                .hasMessageEndingWith("the password in the environment variable VINR_DB_PASSWORD (it is set).")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hemligt"));
    }

    @Test
    void namesTheAddressWhenNoDriverAcceptsIt() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:nosuchdb://server/vinr;password=hemligt", "vinr", null,
                Map.of());

        assertThatThrownBy(() -> JdbcRecordSource.connect(settings, Map.of(), Locale.ENGLISH, STOCKHOLM))
                .isInstanceOf(DatabaseSourceException.class)
                .hasMessageStartingWith("There is no JDBC driver for the address jdbc:nosuchdb://server/vinr. ")
                .hasMessageContaining("loader.path");
    }

    private List<RawRecord> readAll(RecordKind kind, String sql, Map<String, String> renames) {
        List<RawRecord> records = new ArrayList<>();
        try (JdbcRecordCursor cursor = source(Map.of(kind, sql)).open(kind, renames)) {
            for (RawRecord record = cursor.read(); record != null; record = cursor.read()) {
                records.add(record);
            }
        }
        return records;
    }

    private JdbcRecordSource source(Map<RecordKind, String> queries) {
        return source(queries, Locale.forLanguageTag("sv"));
    }

    private JdbcRecordSource source(Map<RecordKind, String> queries, Locale language) {
        return JdbcRecordSource.of(database.dataSource(), queries, language, STOCKHOLM);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
