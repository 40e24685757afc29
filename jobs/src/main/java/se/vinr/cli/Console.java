package se.vinr.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Where a command writes what the user reads, in the chosen language. */
public final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private final ResourceBundle messages;
    private final se.vinr.reports.model.Language language;

    public Console(PrintWriter out, PrintWriter err, se.vinr.reports.model.Language language) {
        this.out = out;
        this.err = err;
        this.language = language;
        // Without this control a JVM whose default locale is English would answer Swedish with Messages_en.
        this.messages = ResourceBundle.getBundle("se.vinr.cli.Messages", LanguageOption.locale(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public se.vinr.reports.model.Language language() {
        return language;
    }

    /** The text of a message key with {@link String#format} arguments. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = messages.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return String.format(Locale.ROOT, pattern, args);
    }

    public void say(String key, Object... args) {
        out.println(text(key, args));
        out.flush();
    }

    public void print(String line) {
        out.println(line);
        out.flush();
    }

    /** One readable sentence on standard error, first, as the contract asks of every failure. */
    public void fail(String sentence) {
        err.println(sentence);
        err.flush();
    }

    ResourceBundle bundle() {
        return messages;
    }
}
