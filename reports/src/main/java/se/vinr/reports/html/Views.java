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
     * @param chapters the chapters as markup, written by their sections
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
}
