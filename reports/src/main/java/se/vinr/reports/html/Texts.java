package se.vinr.reports.html;

import java.util.ResourceBundle;

import gg.jte.support.LocalizationSupport;

import se.vinr.reports.model.Language;

/**
 * The fixed texts of the report's templates, from the message bundles {@code texts.properties} (Swedish)
 * and {@code texts_en.properties}: a template asks for a key, the reader sees their language.
 */
final class Texts implements LocalizationSupport {

    private final ResourceBundle bundle;

    Texts(Language language) {
        this.bundle = ResourceBundle.getBundle("se.vinr.reports.html.texts",
                language == Language.EN ? java.util.Locale.ENGLISH : java.util.Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String lookup(String key) {
        return bundle.getString(key);
    }
}
