package se.vinr.extract.db;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import se.vinr.extract.RecordKind;

/**
 * The profile's {@code database:} section: where the reporting database is, as whom to log in, the
 * name of the environment variable holding the password (the password itself is never in a file), and
 * one query per record kind.
 *
 * @param passwordVariable the environment variable with the password; {@value #DEFAULT_PASSWORD_VARIABLE}
 *                         when the profile names none. Unset means no password is sent (for
 *                         databases that authenticate otherwise, e.g. a {@code .pgpass} file or Kerberos)
 */
public record DatabaseSettings(String url, String user, String passwordVariable, Map<RecordKind, String> queries) {

    public static final String DEFAULT_PASSWORD_VARIABLE = "VINR_DB_PASSWORD";

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("database.url is required");
        }
        passwordVariable = passwordVariable == null || passwordVariable.isBlank() ? DEFAULT_PASSWORD_VARIABLE
                : passwordVariable.trim();
        queries = queries.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(queries));
    }
}
