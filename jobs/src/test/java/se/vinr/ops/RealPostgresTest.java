package se.vinr.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RealPostgres.class)
class RealPostgresTest {

    @Test
    void givesARealPostgresqlServer(RealPostgres.Database database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT version(), current_setting('server_version_num')")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).startsWith("PostgreSQL ");
            assertThat(Integer.parseInt(result.getString(2))).isGreaterThanOrEqualTo(140000);
        }
    }

    @Test
    void givesEachParameterItsOwnEmptyDatabase(RealPostgres.Database first, RealPostgres.Database second)
            throws SQLException {
        assertThat(first.url()).isNotEqualTo(second.url());
        assertThat(server(first.url())).as("one server for the run").isEqualTo(server(second.url()));
        try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE only_in_first (id int)");
        }
        assertThat(tables(first)).containsExactly("only_in_first");
        assertThat(tables(second)).isEmpty();
    }

    private static List<String> tables(RealPostgres.Database database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }

    private static String server(String url) {
        return url.substring(0, url.lastIndexOf('/'));
    }
}
