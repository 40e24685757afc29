package se.vinr.extract.db;

import java.sql.SQLException;

import se.vinr.batch.UserFacingException;

/**
 * The reporting database cannot be read as the profile says: no driver, no connection, a failing query,
 * a required column missing. The message is one sentence in the user's language naming the file and
 * what to do; it never holds a value read from the database, so a database error that might quote one
 * is reduced to its SQLSTATE and not kept as the cause (a logged stack trace would show it).
 */
public class DatabaseSourceException extends UserFacingException {

    DatabaseSourceException(String message) {
        super(message);
    }

    DatabaseSourceException(String message, SQLException cause) {
        super(message, DatabaseTexts.showsNoValues(cause) ? cause : null);
    }
}
