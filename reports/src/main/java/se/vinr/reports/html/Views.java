package se.vinr.reports.html;

import java.util.List;

/** What the templates show, already worded and formatted: the templates decide layout, never content. */
public final class Views {

    private Views() {
    }

    /** One chapter in the contents (and, in the PDF, the outline). */
    public record Chapter(String id, String name) {
    }

    /**
     * The page around the chapters.
     *
     * @param stylesheet CSS made here, with the page header filled in
     * @param bookmarks whether to write the PDF's outline (openhtmltopdf's {@code <bookmarks>})
     * @param chapters the chapters as markup, each from its section's template
     */
    public record Page(String lang, String title, String stylesheet, boolean bookmarks, String heading, String lede,
                boolean synthetic, String demoMark, String demoExplanation, List<Chapter> contents, String chapters,
                String footer) {
    }

    /** One key message, with the chart that shows it (null when there is none). */
    public record KeyMessage(String indicator, String breakdown, String sentence, String chart, String subject) {
    }

    /** @param charts the messages' charts as markup (figures written by {@link Figures}) */
    public record KeyMessages(String id, List<KeyMessage> messages, String noOtherChanges, String caveat, String charts) {
    }

    /** A cell of the overview; {@code chip} is a colour when the cell is a comparison mark, else null. */
    public record Cell(String text, boolean numeric, String label, String chip) {
    }

    public record Row(String name, List<Cell> cells) {
    }

    /** @param title null when the table has a single group and needs no group rows */
    public record Group(String title, List<Row> rows) {
    }

    public record Overview(String caption, List<String> headers, List<Boolean> numeric, List<Group> groups, String note) {
    }
    /** A column heading of a data table; a numeric column is right-aligned. */
    public record Header(String text, boolean numeric) {
    }

    /**
     * A cell of a data table.
     *
     * @param aside small print under the text (the code behind a readable name), or null
     * @param chip the colour of a comparison mark beside the text, or null
     * @param revised a figure of an earlier half-year that changed since it was first published
     */
    public record TableCell(String text, String aside, String chip, boolean revised) {
        public static TableCell of(String text) {
            return new TableCell(text, null, null, false);
        }
    }

    /**
     * A data table, in a frame that scrolls on its own on a narrow screen.
     *
     * @param caption null for none
     * @param label the frame's accessible name
     */
    public record Table(String caption, String label, List<Header> headers, List<List<TableCell>> rows) {
    }

    /** How a chart stands at the place it is asked for. */
    public enum FigureKind {
        /** The chart itself, numbered, with its table. */
        PLACED,
        /** A link to where the chart already stands. */
        LINK,
        /** A sentence: every value in the chart is hidden. */
        HIDDEN
    }

    /**
     * One chart's place in the document.
     *
     * @param svg the inline SVG element (markup made by the chart renderer), or null for a PNG
     * @param png the PNG as a data URI, or null for inline SVG
     * @param caption the text after the figure's number and title: subtitle, note and source
     * @param subject what the chart is of (for a hidden chart's sentence)
     */
    public record Figure(FigureKind kind, String id, int number, String title, String caption, String svg,
                         String png, Table table, String subject, int threshold) {
    }

    /** The chapter of what is both worse than the comparison and getting worse. */
    public record Worsening(String id, List<String> sentences, List<String> figures) {
    }

    /** The spine chart and the overview table. */
    public record Spine(String id, String figure, Overview overview) {
    }

    /**
     * The national comparison.
     *
     * @param without how many indicators have no comparison value (and are left out of the table)
     */
    public record National(String id, int without, int total, Table table, List<String> figures) {
    }

    /** A group of charts under its heading. */
    public record ChartGroup(String heading, List<String> figures) {
    }

    /** @param revised the revised figures of earlier half-years, or null when there are none */
    public record Detail(String id, List<ChartGroup> groups, Table revised) {
    }

    /** One activity of the plan; {@code status} is the class suffix: done, ongoing, not_started or unknown. */
    public record Activity(String text, String responsible, String due, String status, String statusText,
                           boolean overdue, String comment) {
    }

    /** One sub-goal: its activities by status, and its indicators (null when none). */
    public record SubGoal(String id, String title, int done, int ongoing, int notStarted, int unreported,
                          int overdue, List<Activity> activities, Table indicators) {
    }

    /** @param title null when no plan is configured */
    public record Plan(String id, String title, String vision, List<SubGoal> subGoals) {
    }

    /** Data quality; a null table has no rows and a sentence says so. */
    public record Quality(String id, Table files, List<String> missingFiles, Table warnings, Table revisedReferences,
                          Table sources, Table breaks) {
    }

    /**
     * One indicator's definition; texts empty when there are none.
     *
     * @param polarity HIGHER_IS_BETTER, LOWER_IS_BETTER or NEITHER (a bundle key's last part)
     * @param goal the action plan's goal with its unit, or null
     */
    public record Definition(String title, String description, String unit, String polarity, String goal) {
    }

    /**
     * The method chapter.
     *
     * @param testCount the sentence on how many tests were made (worded by the findings)
     * @param protectionLevel the configured {@code vinr.protection-level}
     */
    public record Method(String id, List<Definition> definitions, String confidence, String testCount, int threshold,
                         int protectionLevel, String created, String version) {
    }

    /** One table of the PDF's appendix: {@code shown} of its {@code rows} rows are printed. */
    public record AppendixTable(int number, String title, int rows, int shown, Table table) {
    }

    public record Appendix(String id, List<AppendixTable> tables) {
    }
}
