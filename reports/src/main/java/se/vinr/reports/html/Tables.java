package se.vinr.reports.html;

import java.util.List;

/** Writes a plain data table; columns from {@code firstNumeric} on are right-aligned figures. */
final class Tables {

    private Tables() {
    }

    static void write(Html html, String caption, List<String> headers, List<List<String>> rows, int firstNumeric) {
        html.open("table");
        if (caption != null) {
            html.element("caption", caption);
        }
        html.open("thead").open("tr");
        for (int i = 0; i < headers.size(); i++) {
            html.element("th", headers.get(i), "scope", "col", "class", i >= firstNumeric ? "num" : null);
        }
        html.close("tr").close("thead").open("tbody");
        for (List<String> row : rows) {
            html.open("tr");
            for (int i = 0; i < row.size(); i++) {
                html.element("td", row.get(i), "class", i >= firstNumeric ? "num" : null);
            }
            html.close("tr");
        }
        html.close("tbody").close("table").newline();
    }
}
