package se.vinr.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.vinr.app.ApplicationStarter;
import se.vinr.cli.VinrCli;
import se.vinr.load.Warehouse;

/** What the ledger tests run and read: vinr's commands in this JVM, and the warehouse's rows as text. */
final class PublishedWarehouse {

    private PublishedWarehouse() {
    }

    /** Runs {@code vinr <command> <common options>} and asserts that it exits 0. */
    static void succeeds(List<String> common, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(common);
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        int code = new VinrCli(new PrintWriter(output, true), new PrintWriter(errors, true), new ApplicationStarter())
                .execute(args.toArray(String[]::new));
        assertThat(code).as("vinr %s: %s%s", String.join(" ", command), errors, output).isZero();
    }

    /** Every base table of {@code mart}, its rows as text in a fixed order. */
    static Map<String, List<String>> martTables(Path warehouse) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : query(warehouse, "SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'mart' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            tables.put(table, query(warehouse, "SELECT * FROM mart." + table + " ORDER BY ALL"));
        }
        return tables;
    }

    /** The rows of a query, each its values joined by {@code |}. */
    static List<String> query(Path warehouse, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Warehouse opened = Warehouse.openReadOnly(warehouse);
             Statement statement = opened.connection().createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
