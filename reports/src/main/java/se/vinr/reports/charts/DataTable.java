package se.vinr.reports.charts;

import java.util.List;

/** The numbers behind a chart, as a table: its text alternative in the report. */
public record DataTable(List<String> headers, List<List<String>> rows) {

    public DataTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
