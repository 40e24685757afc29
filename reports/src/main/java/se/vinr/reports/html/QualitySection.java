package se.vinr.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import se.vinr.reports.model.DataQuality;
import se.vinr.reports.model.DataQuality.DataWarning;
import se.vinr.reports.model.DataQuality.FileCounts;
import se.vinr.reports.model.DataQuality.RevisedReference;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.model.SeriesBreak;
import se.vinr.reports.model.Unit;
import se.vinr.reports.text.NumberText;
import se.vinr.reports.text.PlainText;

/** What the figures rest on: rows read and rejected, missing files, warnings, references and series breaks. */
final class QualitySection {

    static final String ID = "datakvalitet";

    /** A hidden figure, as the indicator tables mark it. */
    private static final String HIDDEN = "..";

    private final DocumentContext ctx;

    QualitySection(DocumentContext ctx) {
        this.ctx = ctx;
    }

    void write(Html html) {
        DataQuality quality = ctx.facts().dataQuality();
        NumberText numbers = ctx.numbers();
        html.open("section", "id", ID, "class", "chapter");
        html.element("h2", ctx.t("Datakvalitet", "Data quality"));

        html.element("h3", ctx.t("Inlästa filer", "Files read"));
        if (quality.files().isEmpty()) {
            html.element("p", ctx.t("Inga filräkningar finns för halvåret.", "No file counts exist for the half-year."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (FileCounts f : quality.files()) {
                // Rows read = accepted + rejected: with a small rejected count the rows read are hidden too.
                rows.add(List.of(PlainText.clean(f.file()), small(f.rejected()) ? HIDDEN : count(f.read()),
                        count(f.written()), count(f.rejected()), reasons(f.rejectedByReason())));
            }
            Tables.write(html, null, List.of(ctx.t("Fil", "File"), ctx.t("Lästa rader", "Rows read"),
                    ctx.t("Godkända", "Accepted"), ctx.t("Avvisade", "Rejected"), ctx.t("Avvisade per orsak", "Rejected by reason")),
                    rows, 1);
        }

        html.element("h3", ctx.t("Filer som saknas", "Missing files"));
        if (quality.missingFiles().isEmpty()) {
            html.element("p", ctx.t("Alla filer fanns med.", "Every file was present."));
        } else {
            html.open("ul");
            for (String file : quality.missingFiles()) {
                html.element("li", PlainText.clean(file) + ctx.t(" saknas – den delen av uppföljningen redovisas inte.",
                        " is missing – that part of the follow-up is not reported."));
            }
            html.close("ul");
        }

        html.element("h3", ctx.t("Varningar", "Warnings"));
        if (quality.warnings().isEmpty()) {
            html.element("p", ctx.t("Inga varningar.", "No warnings."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (DataWarning w : quality.warnings()) {
                rows.add(List.of(ctx.vocabulary().halfYear(w.period()), ctx.vocabulary().check(w.check()),
                        ctx.vocabulary().severity(w.severity()), PlainText.clean(w.message())));
            }
            Tables.write(html, null, List.of(ctx.t("Halvår", "Half-year"), ctx.t("Kontroll", "Check"),
                    ctx.t("Allvar", "Severity"), ctx.t("Meddelande", "Message")), rows, 99);
        }

        html.element("h3", ctx.t("Reviderade jämförelsevärden", "Revised comparison values"));
        if (quality.revisedReferences().isEmpty()) {
            html.element("p", ctx.t("Inga jämförelsevärden har ändrats sedan förra inläsningen.",
                    "No comparison value changed since the previous import."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (RevisedReference r : quality.revisedReferences()) {
                rows.add(List.of(ctx.title(r.indicator()), ctx.facts().areaName(r.area(), ctx.vocabulary()),
                        PlainText.clean(r.year()), numbers.number(r.before(), Unit.PERCENT), numbers.number(r.after(), Unit.PERCENT)));
            }
            Tables.write(html, null, List.of(ctx.t("Indikator", "Indicator"), ctx.t("Område", "Area"), ctx.t("År", "Year"),
                    ctx.t("Före", "Before"), ctx.t("Efter", "After")), rows, 3);
        }

        html.element("h3", ctx.t("Jämförelsevärdenas källor", "Sources of the comparison values"));
        List<ReferenceSource> used = ctx.facts().usedSources();
        if (used.isEmpty()) {
            html.element("p", ctx.t("Rapporten använder inga jämförelsevärden.", "The report uses no comparison values."));
        } else {
            List<List<Tables.Cell>> rows = new ArrayList<>();
            for (ReferenceSource s : used) {
                rows.add(List.of(Tables.Cell.of(ctx.facts().areaName(s.referenceArea(), ctx.vocabulary())),
                        new Tables.Cell(referenceIndicator(s.indicator()), PlainText.clean(s.indicator())),
                        Tables.Cell.of(PlainText.clean(s.source())), Tables.Cell.of(PlainText.clean(s.year())),
                        Tables.Cell.of(PlainText.clean(s.note()))));
            }
            Tables.writeCells(html, null, List.of(ctx.t("Område", "Area"), ctx.t("Indikator", "Indicator"),
                    ctx.t("Källa", "Source"), ctx.t("År", "Year"), ctx.t("Anmärkning", "Note")), rows, 99);
        }

        html.element("h3", ctx.t("Seriebrott", "Series breaks"));
        if (ctx.facts().model().seriesBreaks().isEmpty()) {
            html.element("p", ctx.t("Inga seriebrott är kända.", "No series breaks are known."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (SeriesBreak b : ctx.facts().model().seriesBreaks()) {
                rows.add(List.of(ctx.vocabulary().halfYear(b.period()),
                        "all".equals(b.scope()) ? ctx.t("alla indikatorer", "every indicator") : ctx.title(b.scope()),
                        PlainText.clean(ctx.words().english() ? b.descriptionEn() : b.descriptionSv()),
                        PlainText.clean(b.source())));
            }
            Tables.write(html, null, List.of(ctx.t("Från halvår", "From half-year"), ctx.t("Gäller", "Applies to"),
                    ctx.t("Beskrivning", "Description"), ctx.t("Källa", "Source")), rows, 99);
        }
        html.close("section").newline();
    }

    /** A catalogue indicator by its title; a seed's own figure by its name made readable. */
    private String referenceIndicator(String id) {
        return ctx.facts().definition(id).map(ctx::title).orElseGet(() -> ctx.vocabulary().figureName(id));
    }

    /**
     * A count of rows as the indicator tables show counts: 1 to the threshold minus one as "färre än 5"
     * (a rejected row is a person's record), zero and larger counts as they are.
     */
    private String count(long rows) {
        int threshold = ctx.facts().threshold();
        return small(rows) ? ctx.t("färre än " + threshold, "fewer than " + threshold)
                : ctx.numbers().number((double) rows, Unit.COUNT);
    }

    private boolean small(long rows) {
        return rows >= 1 && rows < ctx.facts().threshold();
    }

    private String reasons(Map<String, Long> byReason) {
        if (byReason == null || byReason.isEmpty()) {
            return NumberText.MISSING;
        }
        StringJoiner joiner = new StringJoiner(", ");
        new TreeMap<>(byReason).forEach((reason, count) -> joiner.add(ctx.vocabulary().rejectReason(reason) + ": " + count(count)));
        return joiner.toString();
    }
}
