package se.vinr.reports.html;

import java.util.List;

import se.vinr.reports.charts.Palette;
import se.vinr.reports.facts.Assessment;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.findings.MainPoint;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.text.NumberText;
import se.vinr.reports.text.PlainText;
import se.vinr.reports.text.Vocabulary;
import se.vinr.reports.text.Words;

/** What the sections of the document share; {@code texts} are the message bundles of the report's language. */
record DocumentContext(ReportFacts facts, Words words, Texts texts, NumberText numbers, Vocabulary vocabulary,
                       Figures figures, List<MainPoint> worsening, List<MainPoint> mainPoints) {

    /** A bundle text with its placeholders filled, as plain text for a view. */
    String text(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    String title(String indicator) {
        return facts.definition(indicator).map(d -> PlainText.clean(d.title(words.language()))).orElse(indicator);
    }

    String title(IndicatorDefinition definition) {
        return PlainText.clean(definition.title(words.language()));
    }

    String subject(String indicator, Breakdown breakdown) {
        return title(indicator) + (breakdown.isAll() ? "" : " (" + vocabulary.breakdown(breakdown) + ")");
    }

    /** A comparison as colour and word together, never colour alone. */
    Views.TableCell assessment(Assessment assessment) {
        return new Views.TableCell(word(assessment), null, Palette.hex(Palette.of(assessment)), false);
    }

    /** The assessment in words ({@code assessment.<name>} in the bundles). */
    String word(Assessment assessment) {
        return text("assessment." + assessment.name());
    }

    /** A table whose first {@code firstNumeric} columns are text and the rest figures, named by its caption or headers. */
    Views.Table table(String caption, List<String> headers, int firstNumeric, List<List<Views.TableCell>> rows) {
        List<Views.Header> columns = new java.util.ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(new Views.Header(headers.get(i), i >= firstNumeric));
        }
        return new Views.Table(caption, caption != null ? caption : String.join(", ", headers), columns, rows);
    }

    /** {@link #table} of plain text cells. */
    Views.Table textTable(String caption, List<String> headers, int firstNumeric, List<List<String>> rows) {
        return table(caption, headers, firstNumeric, rows.stream().map(r -> r.stream().map(Views.TableCell::of).toList()).toList());
    }
}
