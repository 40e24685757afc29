package se.vinr.reports.model;

/** The language of every text a person reads; Swedish unless asked otherwise. */
public enum Language {
    SV, EN;

    public static Language fromCode(String code) {
        return switch (code == null ? "sv" : code.trim().toLowerCase()) {
            case "sv" -> SV;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("the language must be sv or en, not '" + code + "'");
        };
    }

    public String code() {
        return name().toLowerCase();
    }
}
