package se.vinr.reports.html;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gg.jte.support.LocalizationSupport;

import se.vinr.reports.model.Language;

/**
 * The fixed texts of the report, from the message bundles {@code texts.properties} (Swedish) and
 * {@code texts_en.properties}: a template asks for a key, the reader sees their language. A text is
 * markup (jte writes it as it stands, so {@code &} is written {@code &amp;}); its arguments are
 * escaped. Placeholders are {@code {0}}, {@code {1}}, … as jte's {@link #localize(String, Object...)}
 * reads them, and {@link #format} fills them the same way for a text that a section puts in a view.
 */
final class Texts implements LocalizationSupport {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final ResourceBundle bundle;

    Texts(Language language) {
        this.bundle = ResourceBundle.getBundle("se.vinr.reports.html.texts",
                language == Language.EN ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String lookup(String key) {
        return bundle.getString(key);
    }

    /**
     * A text with its placeholders filled, as plain text (for a view, which the template escapes): only
     * for keys whose text holds no markup.
     */
    String format(String key, Object... arguments) {
        Matcher m = PLACEHOLDER.matcher(lookup(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(index < arguments.length ? String.valueOf(arguments[index]) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
