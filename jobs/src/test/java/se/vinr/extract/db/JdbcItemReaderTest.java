package se.vinr.extract.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.batch.infrastructure.item.ExecutionContext;

import se.vinr.extract.RecordKind;
import se.vinr.extract.csv.RawRecord;
import se.vinr.ops.RealPostgres;

@ExtendWith(RealPostgres.class)
class JdbcItemReaderTest {

    private RealPostgres.Database database;

    @BeforeEach
    void createTable(RealPostgres.Database database) throws SQLException {
        this.database = database;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE ifo_kontakter (kontakt text, pnr text, enhet text, datum date, fragat boolean,
                                                handlaggare text);
                    INSERT INTO ifo_kontakter VALUES ('K1', '19121212-1212', 'Mottagning', '2026-01-12', true, 'Eva'),
                                                     ('K2', '201212121212', 'Mottagning', '2026-01-13', false, 'Eva');
                    """);
        }
    }

    @Test
    void readsTheKindsRowsAndRecordsWhatTheManifestNeeds() {
        JdbcItemReader reader = new JdbcItemReader(RecordKind.CONTACTS, source(Map.of(RecordKind.CONTACTS,
                "SELECT kontakt, pnr, enhet AS unit, datum AS contact_date, fragat AS asked, handlaggare "
                        + "FROM ifo_kontakter ORDER BY kontakt")),
                Map.of("kontakt", "contact_id", "pnr", "person_id"));
        ExecutionContext context = new ExecutionContext();

        reader.open(context);
        List<RawRecord> records = new ArrayList<>();
        for (RawRecord record = reader.read(); record != null; record = reader.read()) {
            records.add(record);
        }
        reader.close();

        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 3L);
        assertThat(records).extracting(record -> record.field("contact_id")).containsExactly("K1", "K2");
        assertThat(records).extracting(record -> record.field("asked")).containsExactly("true", "false");
        assertThat(context.getString(JdbcItemReader.NAME)).isEqualTo("contacts.csv");
        assertThat(context.getString(JdbcItemReader.MISSING)).isEqualTo("false");
        assertThat(context.getString(JdbcItemReader.IGNORED)).isEqualTo("handlaggare");
    }

    @Test
    void marksAnOptionalKindWithoutAQueryAsMissing() {
        JdbcItemReader reader = new JdbcItemReader(RecordKind.TRAINING, source(Map.of()), Map.of());
        ExecutionContext context = new ExecutionContext();

        reader.open(context);

        assertThat(context.getString(JdbcItemReader.MISSING)).isEqualTo("true");
        assertThat(reader.read()).isNull();
        reader.close();
    }

    @Test
    void failsTheStepWhenCasesHasNoQuery() {
        JdbcItemReader reader = new JdbcItemReader(RecordKind.CASES, source(Map.of()), Map.of());

        assertThatThrownBy(() -> reader.open(new ExecutionContext()))
                .isInstanceOf(DatabaseSourceException.class)
                .hasMessageContaining("cases");
    }

    private JdbcRecordSource source(Map<RecordKind, String> queries) {
        return JdbcRecordSource.of(database.dataSource(), queries, Locale.forLanguageTag("sv"),
                ZoneId.of("Europe/Stockholm"));
    }
}
