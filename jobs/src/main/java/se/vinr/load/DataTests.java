package se.vinr.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import se.vinr.core.ProjectFiles;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;

/**
 * The checks run on a package inside its load transaction, after staging and core are written.
 * Each check is a query in {@code load/checks/} that returns one row (message, message_sv) per
 * finding; its parameters are the municipality, the period and, where it has one, its threshold.
 */
public final class DataTests {

    private record Check(String name, Severity severity, Object threshold) {
        String path() {
            return "load/checks/" + name + ".sql";
        }
    }

    private final ProjectFiles sql;
    private final List<Check> checks;

    public DataTests(ProjectFiles sql, DataTestConfig config) {
        this.sql = sql;
        this.checks = List.of(
                new Check("volume_drop", Severity.WARNING, config.maxVolumeDrop()),
                new Check("missing_units", Severity.WARNING, null),
                new Check("unknown_case", config.unknownCaseSeverity(), null),
                new Check("implausible_age", Severity.WARNING, config.maxPlausibleAge()),
                new Check("intervention_end_before_start", Severity.ERROR, null));
    }

    /** Runs every check and returns the findings, warnings and errors alike, in check order. */
    public List<DataTestFinding> run(Connection connection, MunicipalityCode municipality, Period period)
            throws SQLException {
        List<DataTestFinding> findings = new ArrayList<>();
        for (Check check : checks) {
            SqlScript script = SqlScript.load(sql, check.path());
            Object[] parameters = check.threshold() == null
                    ? new Object[] {municipality.code(), period.toString()}
                    : new Object[] {municipality.code(), period.toString(), check.threshold()};
            for (String statement : script.statements()) {
                try (PreparedStatement query = SqlScript.prepare(connection, statement, parameters);
                     ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        findings.add(new DataTestFinding(check.name(), check.severity(), rows.getString(1), rows.getString(2)));
                    }
                } catch (SQLException e) {
                    throw new SQLException(check.path() + ": " + e.getMessage(), e.getSQLState(), e);
                }
            }
        }
        return findings;
    }

    /** Stores findings in {@code meta.data_test_results} (the package's earlier results are already cleared). */
    static void store(Connection connection, MunicipalityCode municipality, Period period, List<DataTestFinding> findings,
                      LocalDateTime checkedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO meta.data_test_results VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (DataTestFinding finding : findings) {
                insert.setString(1, municipality.code());
                insert.setString(2, period.toString());
                insert.setString(3, finding.check());
                insert.setString(4, finding.severity().code());
                insert.setString(5, finding.message());
                insert.setString(6, finding.messageSv());
                insert.setTimestamp(7, Timestamp.valueOf(checkedAt));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
