package se.vinr.reports.text;

import java.util.Locale;

import se.vinr.reports.model.Language;

/** Picks the Swedish or the English wording; every text a reader sees goes through here. */
public record Words(Language language) {

    public Words {
        language = language == null ? Language.SV : language;
    }

    public String t(String sv, String en) {
        return language == Language.EN ? en : sv;
    }

    public boolean english() {
        return language == Language.EN;
    }

    public Locale locale() {
        return english() ? Locale.UK : Locale.forLanguageTag("sv-SE");
    }
}
