package se.vinr.extract.db;

import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The texts a person reads from the database source: Swedish by default, English on request, from
 * {@code messages/database_sv.properties} and {@code messages/database_en.properties}.
 */
final class DatabaseTexts {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /**
     * SQLSTATE classes whose driver messages describe the statement, the connection or the server, never
     * a value: connection (08), feature (0A), transaction state (25), authorisation (28), catalog and
     * schema (3D, 3F), syntax and access (42), resources (53), operator intervention (57). A data
     * exception (22, e.g. a failed cast) may quote the value it failed on, a person id among them.
     */
    private static final Set<String> VALUE_FREE_CLASSES = Set.of("08", "0A", "25", "28", "3D", "3F", "42", "53", "57");

    private final Locale locale;
    private final ResourceBundle bundle;

    DatabaseTexts(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : SWEDISH;
        // No fallback: the JVM's default locale must never decide the language of a message.
        this.bundle = ResourceBundle.getBundle("messages.database", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String text(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? args[i].toString() : args[i];
        }
        return new MessageFormat(bundle.getString(key), locale).format(plain);
    }

    /** What may be shown of a database error: its message where that holds no values, else its SQLSTATE. */
    String reason(SQLException e) {
        return showsNoValues(e) ? e.getMessage() : text("database.sql_state", e.getSQLState() == null ? "-" : e.getSQLState());
    }

    static boolean showsNoValues(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.length() == 5 && VALUE_FREE_CLASSES.contains(state.substring(0, 2));
    }
}
