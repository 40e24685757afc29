package se.vinr.reports.html;

import java.util.List;

/** Writes a plain data table; columns from {@code firstNumeric} on are right-aligned figures. */
final class Tables {

    /**
     * A cell's text, with an optional aside in small print under it (e.g. the code behind a readable name).
     *
     * @param aside null or empty for none
     */
    record Cell(String text, String aside) {
        static Cell of(String text) {
            return new Cell(text, null);
        }
    }

    private Tables() {
    }

    static void write(Html html, String caption, List<String> headers, List<List<String>> rows, int firstNumeric) {
        writeCells(html, caption, headers, rows.stream().map(row -> row.stream().map(Cell::of).toList()).toList(),
                firstNumeric);
    }

    /**
     * A table too wide for a phone scrolls inside its own frame, never the page; the frame takes the
     * keyboard focus so that it can be scrolled without a mouse (WCAG 2.1.1), and is named for it.
     */
    static void writeCells(Html html, String caption, List<String> headers, List<List<Cell>> rows, int firstNumeric) {
        html.open("div", "class", "scroll", "role", "region", "tabindex", "0", "aria-label",
                caption != null ? caption : String.join(", ", headers));
        html.open("table");
        if (caption != null) {
            html.element("caption", caption);
        }
        html.open("thead").open("tr");
        for (int i = 0; i < headers.size(); i++) {
            html.element("th", headers.get(i), "scope", "col", "class", i >= firstNumeric ? "num" : null);
        }
        html.close("tr").close("thead").open("tbody");
        for (List<Cell> row : rows) {
            html.open("tr");
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                if (cell.aside() == null || cell.aside().isEmpty()) {
                    html.element("td", cell.text(), "class", i >= firstNumeric ? "num" : null);
                } else {
                    html.open("td", "class", i >= firstNumeric ? "num" : null).unbroken(cell.text()).empty("br")
                            .element("small", cell.aside(), "class", "code").close("td");
                }
            }
            html.close("tr");
        }
        html.close("tbody").close("table").close("div").newline();
    }
}
