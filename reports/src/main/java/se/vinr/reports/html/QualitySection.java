package se.vinr.reports.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.vinr.reports.model.DataQuality;
import se.vinr.reports.model.DataQuality.DataWarning;
import se.vinr.reports.model.DataQuality.FileCounts;
import se.vinr.reports.model.DataQuality.RevisedReference;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.model.SeriesBreak;
import se.vinr.reports.model.Unit;
import se.vinr.reports.text.NumberText;
import se.vinr.reports.text.PlainText;

/**
 * What the figures rest on ({@code quality.jte}): rows read and rejected, missing files, the load's
 * warnings, revised references, the sources used and series breaks.
 */
final class QualitySection {

    static final String ID = "datakvalitet";

    /** A hidden figure, as the indicator tables mark it. */
    private static final String HIDDEN = "..";

    /** The load's data tests, each worded in the bundle ({@code quality.check.<name>}). */
    private static final Set<String> CHECKS = Set.of("volume_drop", "missing_units", "unknown_case", "implausible_age",
            "intervention_end_before_start");

    /** The record kinds the data tests name at the start of a finding ("cases: …"), each worded in the bundle. */
    private static final Set<String> KINDS = Set.of("cases", "contacts", "risk_assessments", "interventions", "training",
            "headcount", "plan_status");

    private static final Pattern KIND = Pattern.compile("^([a-z_]+):");

    private final DocumentContext ctx;

    QualitySection(DocumentContext ctx) {
        this.ctx = ctx;
    }

    String render() {
        DataQuality quality = ctx.facts().dataQuality();
        return Templates.render("quality.jte", ctx.texts(), "view", new Views.Quality(ID, files(quality),
                quality.missingFiles().stream().map(PlainText::clean).toList(), warnings(quality),
                revisedReferences(quality), sources(), breaks()));
    }

    private Views.Table files(DataQuality quality) {
        if (quality.files().isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (FileCounts f : quality.files()) {
            // Rows read = accepted + rejected: with a small rejected count the rows read are hidden too.
            rows.add(List.of(PlainText.clean(f.file()), small(f.rejected()) ? HIDDEN : count(f.read()),
                    count(f.written()), count(f.rejected()), reasons(f.rejectedByReason())));
        }
        return ctx.textTable(null, List.of(ctx.text("quality.file"), ctx.text("quality.read"), ctx.text("quality.accepted"),
                ctx.text("quality.rejected"), ctx.text("quality.byReason")), 1, rows);
    }

    /**
     * The data tests' findings in the report's language: what each kind of check found, worded in the
     * bundle, and which records it concerns. The tests' own message (Swedish, with the tool's codes and
     * half-year codes) is not shown; a finding repeated for several units or kinds shows once.
     */
    private Views.Table warnings(DataQuality quality) {
        if (quality.warnings().isEmpty()) {
            return null;
        }
        Map<Finding, Set<String>> records = new LinkedHashMap<>();
        for (DataWarning w : quality.warnings()) {
            records.computeIfAbsent(new Finding(ctx.vocabulary().halfYear(w.period()), check(w.check()),
                    severity(w.severity())), k -> new LinkedHashSet<>()).add(kind(w.message()));
        }
        List<List<String>> rows = new ArrayList<>();
        records.forEach((finding, kinds) -> rows.add(List.of(finding.period(), finding.check(), String.join(", ", kinds),
                finding.severity())));
        return ctx.textTable(null, List.of(ctx.text("quality.warnings.period"), ctx.text("quality.warnings.finding"),
                ctx.text("quality.warnings.file"), ctx.text("quality.warnings.severity")), 99, rows);
    }

    /** One row of the warnings table, worded. */
    private record Finding(String period, String check, String severity) {
    }

    private String check(String name) {
        return ctx.text(CHECKS.contains(name) ? "quality.check." + name : "quality.check.other");
    }

    private String severity(String code) {
        String severity = code == null ? "" : code.toLowerCase(Locale.ROOT);
        return ctx.text(severity.equals("warning") || severity.equals("error") ? "quality.severity." + severity
                : "quality.severity.other");
    }

    /** The record kind a finding names at its start, in words; "–" when it names none the report knows. */
    private String kind(String message) {
        Matcher m = KIND.matcher(message == null ? "" : message.strip());
        return m.find() && KINDS.contains(m.group(1)) ? ctx.text("quality.kind." + m.group(1)) : NumberText.MISSING;
    }

    private Views.Table revisedReferences(DataQuality quality) {
        if (quality.revisedReferences().isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (RevisedReference r : quality.revisedReferences()) {
            rows.add(List.of(ctx.title(r.indicator()), ctx.facts().areaName(r.area(), ctx.vocabulary()),
                    PlainText.clean(r.year()), ctx.numbers().number(r.before(), Unit.PERCENT),
                    ctx.numbers().number(r.after(), Unit.PERCENT)));
        }
        return ctx.textTable(null, List.of(ctx.text("quality.indicator"), ctx.text("quality.area"), ctx.text("quality.year"),
                ctx.text("quality.before"), ctx.text("quality.after")), 3, rows);
    }

    private Views.Table sources() {
        List<ReferenceSource> used = ctx.facts().usedSources();
        if (used.isEmpty()) {
            return null;
        }
        List<List<Views.TableCell>> rows = new ArrayList<>();
        for (ReferenceSource s : used) {
            rows.add(List.of(Views.TableCell.of(ctx.facts().areaName(s.referenceArea(), ctx.vocabulary())),
                    new Views.TableCell(referenceIndicator(s.indicator()), PlainText.clean(s.indicator()), null, false),
                    Views.TableCell.of(PlainText.clean(s.source())), Views.TableCell.of(ctx.vocabulary().halfYearsIn(s.year())),
                    Views.TableCell.of(PlainText.clean(s.note()))));
        }
        return ctx.table(null, List.of(ctx.text("quality.area"), ctx.text("quality.indicator"), ctx.text("quality.source"),
                ctx.text("quality.year"), ctx.text("quality.note")), 99, rows);
    }

    private Views.Table breaks() {
        List<SeriesBreak> breaks = ctx.facts().model().seriesBreaks();
        if (breaks.isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SeriesBreak b : breaks) {
            rows.add(List.of(ctx.vocabulary().halfYear(b.period()),
                    "all".equals(b.scope()) ? ctx.text("quality.breaks.all") : ctx.title(b.scope()),
                    PlainText.clean(ctx.words().english() ? b.descriptionEn() : b.descriptionSv()),
                    PlainText.clean(b.source())));
        }
        return ctx.textTable(null, List.of(ctx.text("quality.breaks.from"), ctx.text("quality.breaks.scope"),
                ctx.text("quality.breaks.description"), ctx.text("quality.source")), 99, rows);
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
        return small(rows) ? ctx.text("quality.fewerThan", ctx.facts().threshold())
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
