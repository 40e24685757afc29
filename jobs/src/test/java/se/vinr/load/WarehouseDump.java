package se.vinr.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every table and view of the warehouse as sorted text rows, to compare whole states. */
final class WarehouseDump {

    private WarehouseDump() {
    }

    static Map<String, List<String>> of(Warehouse warehouse) throws SQLException {
        Connection connection = warehouse.connection();
        List<String> tables = new ArrayList<>();
        try (PreparedStatement list = connection.prepareStatement(
                "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                        + " WHERE table_schema IN ('staging', 'core', 'ref', 'meta', 'mart') ORDER BY 1");
             ResultSet names = list.executeQuery()) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (String table : tables) {
            dump.put(table, rows(connection, "SELECT * FROM " + table + " ORDER BY ALL"));
        }
        return dump;
    }

    static List<String> rows(Connection connection, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(query); ResultSet result = select.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c > 1 ? "|" : "").append(result.getObject(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
