package se.vinr.load;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Another process holds the warehouse file open for writing. DuckDB allows one writing process per
 * file and says so with "Could not set lock on file"; this says it in the user's terms.
 */
public class WarehouseInUseException extends WarehouseException {

    /** The key under which a message catalogue may hold this text; {0} is the path. */
    public static final String MESSAGE_KEY = "warehouse.in_use";

    private final Path file;

    public WarehouseInUseException(Path file, Throwable cause) {
        super(english(file), cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The message in Swedish for {@code sv}, else in English. */
    public String message(Locale locale) {
        return "sv".equals(locale.getLanguage())
                ? "datalagret " + file + " används av en annan körning"
                : english(file);
    }

    private static String english(Path file) {
        return "the warehouse " + file + " is in use by another run";
    }
}
