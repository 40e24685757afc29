package se.vinr.ops;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Run as a separate process: opens the embedded H2 job history given as the argument (the path
 * without {@code .mv.db}), as a running {@code vinr run} holds it, says "open" on standard output, and
 * holds it until its standard input closes.
 */
public final class JobHistoryHolder {

    private JobHistoryHolder() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        try (Connection history = DriverManager.getConnection("jdbc:h2:file:" + args[0], "sa", "")) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
