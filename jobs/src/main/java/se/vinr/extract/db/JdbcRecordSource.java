package se.vinr.extract.db;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import se.vinr.extract.RecordKind;
import se.vinr.extract.csv.RawRecord;

/**
 * An extract package read from a reporting database instead of CSV files: one SQL query per record
 * kind (the profile's {@code database.queries}), each query's rows streamed as the same
 * {@link RawRecord}s the CSV reader gives, so validation, pseudonymisation and rejects work unchanged.
 * A kind without a query is a missing file: reported as not delivered, except {@code cases}, which
 * is required.
 */
public final class JdbcRecordSource {

    /** Rows fetched per round trip: bounds the memory a query's result takes, whatever the table's size. */
    public static final int FETCH_SIZE = 1000;

    private final DataSource dataSource;
    private final String address;
    private final String user;
    private final String passwordVariable;
    private final boolean passwordSet;
    private final Map<RecordKind, String> queries;
    private final DatabaseTexts texts;
    private final ZoneId zone;

    private JdbcRecordSource(DataSource dataSource, String address, String user, String passwordVariable,
                             boolean passwordSet, Map<RecordKind, String> queries, Locale language, ZoneId zone) {
        this.dataSource = dataSource;
        this.address = address;
        this.user = user;
        this.passwordVariable = passwordVariable;
        this.passwordSet = passwordSet;
        this.queries = queries.isEmpty() ? Map.of() : new EnumMap<>(queries);
        this.texts = new DatabaseTexts(language);
        this.zone = zone;
    }

    /**
     * A source over a data source the caller configured (a pool, or a test database).
     *
     * @param language the language of error messages: English for {@code en}, else Swedish
     * @param zone the time zone in which a timestamp with time zone becomes a date
     */
    public static JdbcRecordSource of(DataSource dataSource, Map<RecordKind, String> queries, Locale language,
                                      ZoneId zone) {
        return new JdbcRecordSource(dataSource, "-", "-", "-", true, queries, language, zone);
    }

    /**
     * A source connecting with the profile's {@code database:} settings; the password comes from the
     * environment variable the settings name, never from the profile.
     *
     * @throws DatabaseSourceException when no JDBC driver on the class path accepts the URL
     */
    public static JdbcRecordSource connect(DatabaseSettings settings, Map<String, String> environment,
                                           Locale language, ZoneId zone) {
        DatabaseTexts texts = new DatabaseTexts(language);
        String address = withoutParameters(settings.url());
        Driver driver = driverFor(settings.url())
                .orElseThrow(() -> new DatabaseSourceException(texts.text("database.no_driver", address)));
        String password = environment.get(settings.passwordVariable());
        DataSource dataSource = new SimpleDriverDataSource(driver, settings.url(), settings.user(), password);
        return new JdbcRecordSource(dataSource, address, settings.user(), settings.passwordVariable(),
                password != null, settings.queries(), language, zone);
    }

    /** Whether the profile has a query for {@code kind}; without one the kind's file counts as not delivered. */
    public boolean hasQuery(RecordKind kind) {
        return queries.containsKey(kind);
    }

    /**
     * Runs the query for {@code kind} and matches its columns to the kind's fields, case-insensitively,
     * after {@code headerRenames} (source column → contract field, keys lower-cased, as the profile's
     * {@code headers} give them).
     *
     * @throws DatabaseSourceException when there is no query for the kind, no connection, the query
     *                                 fails, or a required field has no column
     */
    public JdbcRecordCursor open(RecordKind kind, Map<String, String> headerRenames) {
        String sql = queries.get(kind);
        if (sql == null) {
            throw new DatabaseSourceException(texts.text("database.no_query", kind.baseName()));
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new DatabaseSourceException(texts.text("database.connect_failed", address, user, texts.reason(e),
                    passwordVariable, texts.text(passwordSet ? "database.password_set" : "database.password_unset")),
                    e);
        }
        return JdbcRecordCursor.open(connection, kind, sql, headerRenames, texts, zone);
    }

    /**
     * The driver for {@code url}, looked up through the context class loader first: with Spring Boot's
     * {@code PropertiesLauncher} a driver jar added by {@code loader.path} is visible there, whereas
     * {@link DriverManager} only knows the drivers it found when it was first used.
     */
    private static Optional<Driver> driverFor(String url) {
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, Thread.currentThread().getContextClassLoader())
                .iterator();
        while (drivers.hasNext()) {
            try {
                Driver driver = drivers.next();
                if (driver.acceptsURL(url)) {
                    return Optional.of(driver);
                }
            } catch (ServiceConfigurationError | SQLException e) {
                // a broken or refusing driver jar is skipped; another may accept the URL
            }
        }
        try {
            return Optional.of(DriverManager.getDriver(url));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** The URL without its parameters, which may hold a password (e.g. {@code ?password=}). */
    static String withoutParameters(String url) {
        int cut = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return url.substring(0, cut);
    }
}
