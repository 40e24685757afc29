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

    /** The design width of the wide chart: shown at most 800 px wide on a screen, one unit one pixel. */
    public static final int WIDTH = 800;

    /**
     * The design width of the narrow chart a phone shows (its CSS swaps it in below a wide chart's
     * width): a 390 px phone lays the chart out 366 px wide (351 px beside a classic 15 px scrollbar),
     * so 12-unit text stays at least 12 px.
     */
    public static final int NARROW_WIDTH = 340;

    /** What the title block, the caption and the margins take of a chart's designed height. */
    public static final int FRAME = 150;

    /** The plot's height: the designed height less the frame around it. */
    public double bodyHeight() {
        return Math.max(height - FRAME, 120);
    }

    /** What the chart is of, the start of its subtitle: "Nya ärenden" of "Nya ärenden – Antal, Härnösand, …". */
    public String subject() {
        int dash = subtitle.indexOf(" – ");
        int comma = subtitle.indexOf(", ");
        int end = dash >= 0 && (comma < 0 || dash < comma) ? dash : comma >= 0 ? comma : subtitle.length();
        return subtitle.substring(0, end).strip();
    }
}
