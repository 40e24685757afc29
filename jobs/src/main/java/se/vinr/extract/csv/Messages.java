package se.vinr.extract.csv;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The texts a person reads from the extract step (file errors, rejects, profile errors): Swedish by
 * default, English on request. Texts live in {@code messages/extract_sv.properties} and
 * {@code messages/extract_en.properties} as {@link MessageFormat} patterns.
 */
public final class Messages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private static final String BUNDLE = "messages.extract";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        // No fallback: the JVM's default locale must never decide the language of a message.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English when the locale's language is English, Swedish for every other locale. */
    public static Messages of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english() : swedish();
    }

    public static Messages swedish() {
        return new Messages(SWEDISH);
    }

    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The text for {@code key} with its arguments filled in. Numbers are inserted as plain digits, since
     * a line number shown as {@code 1 234} could not be searched for in an editor.
     */
    public String text(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? args[i].toString() : args[i];
        }
        return new MessageFormat(bundle.getString(key), locale).format(plain);
    }

    /** The keys of every text; for the test that both languages have the same texts. */
    Set<String> keys() {
        return bundle.keySet();
    }
}
