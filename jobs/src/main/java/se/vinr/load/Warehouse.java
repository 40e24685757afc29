package se.vinr.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * An open DuckDB warehouse file. DuckDB lets one process write a file at a time; a second
 * process gets {@link WarehouseInUseException}. Extensions are neither installed nor loaded on
 * demand, so nothing the warehouse does can reach the network (parquet and json are built in).
 */
public final class Warehouse implements AutoCloseable {

    private static final String LOCK_FAILURE = "Could not set lock on file";

    private final Path file;
    private final boolean readOnly;
    private final Connection connection;

    private Warehouse(Path file, boolean readOnly, Connection connection) {
        this.file = file;
        this.readOnly = readOnly;
        this.connection = connection;
    }

    /** Opens (creating when absent) the warehouse for reading and writing. */
    public static Warehouse open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot create the folder of the warehouse " + absolute + ": " + e.getMessage(), e);
        }
        return connect(absolute, false);
    }

    /** Opens an existing warehouse for reading only; other readers may have it open at the same time. */
    public static Warehouse openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new WarehouseException("there is no warehouse at " + absolute + ": load a period first");
        }
        return connect(absolute, true);
    }

    private static Warehouse connect(Path file, boolean readOnly) {
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        if (readOnly) {
            properties.setProperty("duckdb.read_only", "true");
        }
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file, properties);
            return new Warehouse(file, readOnly, connection);
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains(LOCK_FAILURE)) {
                throw new WarehouseInUseException(file, e);
            }
            throw new WarehouseException("cannot open the warehouse " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** The JDBC connection; in auto-commit mode except inside {@link #inTransaction}. */
    public Connection connection() {
        return connection;
    }

    /** Work done on the connection inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws
     * anything, so a failed step leaves the warehouse as it was. SQL errors come out as
     * {@link WarehouseException}; other exceptions pass through unchanged.
     */
    public <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new WarehouseException("the warehouse " + file + " rejected a change: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WarehouseException("cannot close the warehouse " + file + ": " + e.getMessage(), e);
        }
    }
}
