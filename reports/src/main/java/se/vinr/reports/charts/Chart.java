package se.vinr.reports.charts;

/**
 * One chart of the report, ready to draw.
 *
 * @param id stable file name without extension, e.g. {@code new_cases_by_role}
 * @param title the finding, at most ten words
 * @param subtitle measure, area and period
 * @param caption source and period
 * @param note the suppression note where a value is hidden, else empty
 */
public record Chart(String id, String title, String subtitle, String caption, String note, int width, int height,
                    ChartBody body, DataTable table) {

    public static final int WIDTH = 800;

    /** What the chart is of, the start of its subtitle: "Nya ärenden" of "Nya ärenden – Antal, Härnösand, …". */
    public String subject() {
        int dash = subtitle.indexOf(" – ");
        int comma = subtitle.indexOf(", ");
        int end = dash >= 0 && (comma < 0 || dash < comma) ? dash : comma >= 0 ? comma : subtitle.length();
        return subtitle.substring(0, end).strip();
    }
}
