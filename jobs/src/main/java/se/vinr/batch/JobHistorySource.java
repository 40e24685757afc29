package se.vinr.batch;

import java.sql.Driver;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The job repository's database as the application configures it ({@code spring.datasource.*}: the H2
 * file in the output folder, or PostgreSQL), opened without the application, for the commands that only
 * read the history ({@code status}, and {@code schedule} between its runs). An H2 history that does not
 * exist is not created. The driver is the one the URL names, as Boot picks it, rather than
 * {@code DriverManager}'s search: that would start every driver on the class path, DuckDB's with its
 * memory monitor too.
 */
public final class JobHistorySource {

    /** H2's "database not found", answered for a history file that does not exist (with IFEXISTS). */
    private static final int H2_DATABASE_NOT_FOUND = 90146;

    private JobHistorySource() {
    }

    public static DataSource existing(ConfigurableEnvironment environment) throws ReflectiveOperationException {
        String configured = environment.getRequiredProperty("spring.datasource.url");
        String url = configured.startsWith("jdbc:h2:") ? configured + ";IFEXISTS=TRUE" : configured;
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        String driver = environment.getProperty("spring.datasource.driver-class-name", "");
        if (driver.isBlank()) {
            driver = DatabaseDriver.fromJdbcUrl(configured).getDriverClassName();
        }
        if (driver == null) {
            return new DriverManagerDataSource(url, user, password);
        }
        return new SimpleDriverDataSource((Driver) Class.forName(driver).getDeclaredConstructor().newInstance(), url,
                user, password);
    }

    /** Whether reading failed only because nothing has run yet: the embedded history was never created. */
    public static boolean notCreatedYet(SQLException e) {
        return e.getErrorCode() == H2_DATABASE_NOT_FOUND;
    }
}
