package se.vinr.publish.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Every municipality's name by its code, as the seeds and imports filed them in {@code ref.municipalities}. */
public final class MunicipalityNames {

    private MunicipalityNames() {
    }

    public static Map<String, String> read(Connection connection) throws SQLException {
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT municipality_code, municipality_name FROM ref.municipalities");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        }
        return names;
    }
}
