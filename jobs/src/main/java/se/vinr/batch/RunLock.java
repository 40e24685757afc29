package se.vinr.batch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * A lock in the job repository on one piece of work (a job for a municipality and period), held for as
 * long as it runs, so that a run on another machine sharing the repository can tell a live attempt
 * from a dead one. On PostgreSQL it is a session-level advisory lock on a connection of its own: the
 * server releases it when that session ends, also when the process holding it is killed or its machine
 * loses power, which is exactly the sign that an attempt still marked as running is dead.
 *
 * <p>The embedded H2 repository lives in the output folder and admits one process at a time, so the
 * {@link OutputLock} already covers it and nothing is taken there.
 */
@Component
public class RunLock {

    private final DataSource dataSource;

    public RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes the lock of {@code jobName} for {@code key} without waiting.
     *
     * @throws InUseException when another live process holds it
     */
    public Held acquire(String jobName, Map<String, String> key) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return () -> { };
            }
            long lockKey = lockKey(jobName, key);
            if (!tryLock(connection, lockKey)) {
                connection.close();
                throw new InUseException("another vinr run is running " + describe(jobName, key)
                        + " with the same job repository; wait until it has finished and try again");
            }
            Connection holding = connection;
            return () -> release(holding, lockKey);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("the job repository could not lock " + describe(jobName, key) + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The advisory lock's key: the first 64 bits of a SHA-256 of the job and its key, in a name space of
     * vinr's own so that other users of the database are not blocked by chance.
     */
    static long lockKey(String jobName, Map<String, String> key) {
        StringBuilder text = new StringBuilder("vinr-run\u001f").append(jobName);
        new TreeMap<>(key).forEach((name, value) -> text.append('\u001f').append(name).append('=').append(value));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean tryLock(Connection connection, long lockKey) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, lockKey);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /**
     * Unlocks before closing: a pooled connection goes back to the pool with its session, and so would
     * the lock. Should the unlock fail, the connection is broken and its session, lock and all, ends.
     */
    private static void release(Connection connection, long lockKey) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, lockKey);
            statement.execute();
        } catch (SQLException e) {
            // see above: the lock ends with the broken session
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing is held on a connection that cannot even be closed
            }
        }
    }

    private static String describe(String jobName, Map<String, String> key) {
        String command = jobName.replace("Job", "");
        return key.isEmpty() ? command : command + " for " + String.join(", ", new TreeMap<>(key).entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).toList());
    }

    /** The lock while it is held; closing releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Another live process is running the same work on the same job repository. */
    public static final class InUseException extends RuntimeException {
        public InUseException(String message) {
            super(message);
        }
    }
}
