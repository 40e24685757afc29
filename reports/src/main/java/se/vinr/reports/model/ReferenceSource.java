package se.vinr.reports.model;

/** Where a reference figure came from, shown in the report's data-quality and method sections. */
public record ReferenceSource(String referenceArea, String indicator, String source, String year, String note) {
}
