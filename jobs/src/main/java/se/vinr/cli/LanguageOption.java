package se.vinr.cli;

import java.util.Locale;

/** Picks the language of help and messages from {@code --lang} before anything else is parsed. */
public final class LanguageOption {

    private LanguageOption() {
    }

    public static se.vinr.reports.model.Language fromArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--lang=")) {
                return parseOrSwedish(arg.substring("--lang=".length()));
            }
            if (arg.equals("--lang") && i + 1 < args.length) {
                return parseOrSwedish(args[i + 1]);
            }
        }
        return se.vinr.reports.model.Language.SV;
    }

    public static Locale locale(se.vinr.reports.model.Language language) {
        return language == se.vinr.reports.model.Language.EN ? Locale.ENGLISH : new Locale("sv");
    }

    private static se.vinr.reports.model.Language parseOrSwedish(String code) {
        return "en".equalsIgnoreCase(code) ? se.vinr.reports.model.Language.EN : se.vinr.reports.model.Language.SV;
    }
}
