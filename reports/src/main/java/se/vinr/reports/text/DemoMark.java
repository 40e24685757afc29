package se.vinr.reports.text;

/**
 * The mark on every page, chart and sheet of a report made from the demo's generated data: the
 * demo uses a real municipality's name and population, so its figures must never pass for real ones.
 */
public final class DemoMark {

    private DemoMark() {
    }

    public static String text(Words words) {
        return words.t("Demo – syntetiska data", "Demo – synthetic data");
    }

    /** The longer explanation under the report's heading. */
    public static String explanation(Words words) {
        return words.t("Siffrorna är påhittade av vinr:s demo och gäller inte kommunen; bara namnet och folkmängden är verkliga.",
                "The figures are made up by vinr's demo and do not describe the municipality; only its name and population are real.");
    }
}
