package se.vinr.reports.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.findings.Variation;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.PlanFollowUp;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.text.DemoMark;
import se.vinr.reports.text.NumberText;
import se.vinr.reports.text.PlainText;
import se.vinr.reports.text.Vocabulary;
import se.vinr.reports.text.Words;

/**
 * {@code indicators.xlsx}: first a cover sheet (title, period, sources, the protection rule, what each
 * sheet holds), then one sheet per action-plan sub-goal named by its title (indicators without one share
 * a sheet), every half-year of the report, headers in the report's language (Swedish by default),
 * numbers as numbers formatted to the unit's decimals, {@code ..} for hidden values. A demo report says
 * so on every sheet.
 */
public final class IndicatorsXlsxWriter {

    private static final int MAX_SHEET_NAME = 31;

    public void write(ReportFacts facts, Path target) throws IOException {
        Words words = facts.words();
        Vocabulary vocabulary = new Vocabulary(words);
        Map<String, List<IndicatorValue>> sheets = group(facts, words);
        try (OutputStream out = Files.newOutputStream(target)) {
            Workbook workbook = new Workbook(out, "vinr", "1.0");
            Set<String> used = new HashSet<>();
            Worksheet cover = workbook.newWorksheet(sheetName(words.t("Om tabellerna", "About the tables"), used));
            List<String> names = new ArrayList<>();
            for (String sheet : sheets.keySet()) {
                names.add(sheetName(sheet, used));
            }
            writeCover(cover, facts, words, vocabulary, names);
            cover.finish();
            int i = 0;
            for (Map.Entry<String, List<IndicatorValue>> sheet : sheets.entrySet()) {
                Worksheet ws = workbook.newWorksheet(names.get(i++));
                writeSheet(ws, sheet.getValue(), facts, words, vocabulary);
                ws.finish();
            }
            if (facts.trends().stream().anyMatch(f -> !f.controlChart().isEmpty())) {
                Worksheet charts = workbook.newWorksheet(sheetName(words.t("Styrdiagram", "Control charts"), used));
                writeControlCharts(charts, facts, words);
                charts.finish();
            }
            workbook.finish();
        }
    }

    private Map<String, List<IndicatorValue>> group(ReportFacts facts, Words words) {
        Map<String, String> goalTitles = new LinkedHashMap<>();
        PlanFollowUp plan = facts.model().plan();
        if (plan != null) {
            plan.subGoals().forEach(g -> goalTitles.put(g.id(), PlainText.clean(g.title())));
        }
        Map<String, String> sheetOf = new LinkedHashMap<>();
        for (IndicatorDefinition d : facts.definitions()) {
            String goal = d.subGoal() == null ? "" : d.subGoal().trim();
            sheetOf.put(d.id(), goal.isEmpty() ? words.t("Övriga indikatorer", "Other indicators")
                    : goalTitles.getOrDefault(goal, words.t("Delmål ", "Sub-goal ") + goal));
        }
        List<String> order = new ArrayList<>(facts.definitions().stream().map(IndicatorDefinition::id).toList());
        List<IndicatorValue> values = new ArrayList<>(facts.model().values());
        values.sort(Comparator.comparingInt((IndicatorValue v) -> order.contains(v.indicator()) ? order.indexOf(v.indicator()) : order.size())
                .thenComparing(IndicatorValue::indicator)
                .thenComparing(v -> !Breakdown.parse(v.breakdown()).isAll())
                .thenComparing(IndicatorValue::breakdown)
                .thenComparing(IndicatorValue::period)
                .thenComparingInt(v -> ReportFacts.areaOrder(v.referenceArea())));
        Map<String, List<IndicatorValue>> sheets = new LinkedHashMap<>();
        sheetOf.values().stream().sorted().forEach(name -> sheets.putIfAbsent(name, new ArrayList<>()));
        for (IndicatorValue v : values) {
            String sheet = sheetOf.getOrDefault(v.indicator(), words.t("Övriga indikatorer", "Other indicators"));
            sheets.computeIfAbsent(sheet, k -> new ArrayList<>()).add(v);
        }
        sheets.values().removeIf(List::isEmpty);
        return sheets;
    }

    private static String sheetName(String wanted, Set<String> used) {
        String name = PlainText.clean(wanted).replaceAll("[\\[\\]:*?/\\\\']", " ").replaceAll("\\s+", " ").strip();
        if (name.isEmpty()) {
            name = "Blad";
        }
        if (name.length() > MAX_SHEET_NAME) {
            // Excel's limit is 31 characters: cut at the last whole word that fits, never inside one.
            String cut = name.substring(0, MAX_SHEET_NAME + 1);
            int space = cut.lastIndexOf(' ');
            name = (space > 10 ? cut.substring(0, space) : name.substring(0, MAX_SHEET_NAME)).replaceAll("[ ,;–-]+$", "");
        }
        String unique = name;
        for (int i = 2; used.contains(unique.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            unique = name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        used.add(unique.toLowerCase());
        return unique;
    }

    private void writeSheet(Worksheet ws, List<IndicatorValue> rows, ReportFacts facts, Words words, Vocabulary vocabulary) {
        List<String> headers = List.of(words.t("Kommun", "Municipality"), words.t("Halvår", "Half-year"),
                words.t("Indikator", "Indicator"), words.t("Indikator-id", "Indicator id"), words.t("Uppdelning", "Breakdown"),
                words.t("Täljare", "Numerator"), words.t("Nämnare", "Denominator"), words.t("Värde", "Value"),
                words.t("Enhet", "Unit"), words.t("KI nedre", "CI low"), words.t("KI övre", "CI high"),
                words.t("Jämförelseområde", "Comparison area"), words.t("Jämförelsevärde", "Comparison value"),
                words.t("Jämförelse", "Comparison"), words.t("Dold", "Hidden"), words.t("Reviderad", "Revised"));
        int top = 0;
        if (facts.model().synthetic()) {
            ws.value(0, 0, DemoMark.text(words));
            ws.style(0, 0).bold().fontColor("8A3B00").set();
            top = 1;
        }
        for (int c = 0; c < headers.size(); c++) {
            ws.value(top, c, headers.get(c));
            ws.style(top, c).bold().set();
        }
        ws.freezePane(0, top + 1);
        NumberText numbers = new NumberText(words);
        int r = top + 1;
        for (IndicatorValue v : rows) {
            boolean hidden = v.suppressed();
            String format = format(NumberText.decimals(v.unit()));
            ws.value(r, 0, SpreadsheetText.safe(facts.municipalityName()));
            ws.value(r, 1, SpreadsheetText.safe(vocabulary.halfYear(v.period())));
            ws.value(r, 2, SpreadsheetText.safe(facts.definition(v.indicator())
                    .map(d -> PlainText.clean(d.title(words.language()))).orElse(v.indicator())));
            ws.value(r, 3, SpreadsheetText.safe(v.indicator()));
            ws.value(r, 4, SpreadsheetText.safe(vocabulary.breakdown(Breakdown.parse(v.breakdown()))));
            number(ws, r, 5, v.numerator(), hidden, COUNT_FORMAT);
            number(ws, r, 6, v.denominator(), false, COUNT_FORMAT);
            number(ws, r, 7, v.value(), hidden, format);
            ws.value(r, 8, v.unit() == null ? "" : numbers.unitName(v.unit()));
            number(ws, r, 9, v.ciLow(), hidden, format);
            number(ws, r, 10, v.ciHigh(), hidden, format);
            ws.value(r, 11, v.referenceArea() == null || v.referenceArea().isBlank() ? ""
                    : SpreadsheetText.safe(facts.areaName(v.referenceArea(), vocabulary)));
            number(ws, r, 12, v.referenceValue(), false, format);
            ws.value(r, 13, v.comparison() == null ? "" : comparison(v, words));
            ws.value(r, 14, hidden ? words.t("ja", "yes") : words.t("nej", "no"));
            ws.value(r, 15, v.revised() ? words.t("ja", "yes") : words.t("nej", "no"));
            r++;
        }
        ws.width(1, 22);
        ws.width(2, 40);
        ws.width(4, 28);
        ws.width(11, 22);
    }

    /**
     * Every published control chart as the statistics computed it: the same centre, limits and verdict
     * per half-year that the report's charts draw and its tables name.
     */
    private static void writeControlCharts(Worksheet ws, ReportFacts facts, Words words) {
        List<String> headers = List.of(words.t("Indikator", "Indicator"), words.t("Indikator-id", "Indicator id"),
                words.t("Uppdelning", "Breakdown"), words.t("Halvår", "Half-year"), words.t("Värde", "Value"),
                words.t("Medellinje", "Centre line"), words.t("Undre styrgräns", "Lower limit"),
                words.t("Övre styrgräns", "Upper limit"), words.t("Bedömning", "Variation"));
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.style(0, c).bold().set();
        }
        ws.freezePane(0, 1);
        Vocabulary vocabulary = new Vocabulary(words);
        int r = 1;
        for (TrendFinding f : facts.trends()) {
            String title = facts.definition(f.indicator()).map(d -> PlainText.clean(d.title(words.language())))
                    .orElse(f.indicator());
            for (TrendFinding.ControlPoint point : f.controlChart()) {
                ws.value(r, 0, SpreadsheetText.safe(title));
                ws.value(r, 1, SpreadsheetText.safe(f.indicator()));
                ws.value(r, 2, SpreadsheetText.safe(vocabulary.breakdown(Breakdown.parse(f.breakdown()))));
                ws.value(r, 3, SpreadsheetText.safe(point.period()));
                ws.value(r, 4, point.value());
                ws.value(r, 5, point.centre());
                ws.value(r, 6, point.lower());
                ws.value(r, 7, point.upper());
                ws.value(r, 8, Variation.of(point.variation(), facts.polarity(f.indicator())).words(words));
                r++;
            }
        }
        ws.width(0, 40);
        ws.width(8, 30);
    }

    /** Counts have no decimals; a figure with a partial denominator keeps one. */
    private static final String COUNT_FORMAT = "#,##0";

    /** The Excel number format of a unit's decimals: the report's own rounding, never 14 decimals. */
    private static String format(int decimals) {
        return decimals <= 0 ? COUNT_FORMAT : "#,##0." + "0".repeat(decimals);
    }

    /** A number cell, {@code ..} where the value is hidden, empty where there is none. */
    private static void number(Worksheet ws, int row, int column, Double value, boolean hidden, String format) {
        if (hidden) {
            ws.value(row, column, NumberText.SUPPRESSED);
            ws.style(row, column).horizontalAlignment("right").set();
        } else if (value != null && !value.isNaN() && !value.isInfinite()) {
            ws.value(row, column, value);
            ws.style(row, column).format(format).set();
        }
    }

    private static String comparison(IndicatorValue v, Words words) {
        return switch (v.comparison()) {
            case HIGHER -> words.t("högre", "higher");
            case LOWER -> words.t("lägre", "lower");
            case SIMILAR -> words.t("ingen säker skillnad", "no clear difference");
            case NOT_COMPARED -> words.t("ej jämförd", "not compared");
        };
    }

    /** The cover: what the workbook is, its period and sources, the protection rule and its contents. */
    private static void writeCover(Worksheet ws, ReportFacts facts, Words words, Vocabulary vocabulary, List<String> sheets) {
        int threshold = facts.threshold();
        List<String> lines = new ArrayList<>();
        lines.add(words.t("Indikatorer för arbetet mot våld i nära relationer – ", "Indicators of the work against violence in close relationships – ")
                + facts.municipalityName());
        if (facts.model().synthetic()) {
            lines.add(DemoMark.text(words) + ". " + DemoMark.explanation(words));
        }
        List<String> periods = facts.periods();
        lines.add(words.t("Period: ", "Period: ") + (periods.isEmpty() ? vocabulary.halfYear(facts.period())
                : vocabulary.halfYears(periods.get(0), periods.get(periods.size() - 1))) + ".");
        lines.add(words.t("Skapad ", "Created ") + vocabulary.date(facts.model().created()) + ".");
        lines.add("");
        lines.add(words.t("Innehåll", "Contents"));
        for (String sheet : sheets) {
            lines.add("  " + sheet);
        }
        lines.add(words.t("Varje blad: en rad per indikator, uppdelning, halvår och jämförelseområde.",
                "Each sheet: one row per indicator, breakdown, half-year and comparison area."));
        lines.add("");
        lines.add(words.t("Skydd för små tal", "Small-number protection"));
        lines.add(words.t("..  betyder dold: antal från 1 till " + (threshold - 1) + " och allt som bygger på dem visas inte (färre än "
                + threshold + ").", "..  means hidden: counts from 1 to " + (threshold - 1)
                + " and everything built on them are not shown (fewer than " + threshold + ")."));
        lines.add(words.t("KI nedre och KI övre: " + facts.confidencePercent() + " %-konfidensintervall.",
                "CI low and CI high: " + facts.confidencePercent() + " % confidence interval."));
        lines.add(words.t("Jämförelse: högre eller lägre när jämförelsevärdet ligger utanför intervallet, annars ingen säker skillnad.",
                "Comparison: higher or lower when the comparison value lies outside the interval, else no clear difference."));
        lines.add(words.t("Reviderad: ja när ett tidigare halvårs antal har ändrats med " + threshold + " eller mer sedan det "
                        + "först publicerades; bladet visar det nya värdet.", "Revised: yes when an earlier half-year's count has "
                        + "changed by " + threshold + " or more since it was first published; the sheet shows the new value."));
        lines.add(words.t("En text som börjar med ' har fått tecknet för att kalkylprogrammet inte ska läsa den som en formel.",
                "A text beginning with ' got that mark so that the spreadsheet does not read it as a formula."));
        lines.add("");
        lines.add(words.t("Källor", "Sources"));
        lines.add(words.t("Kommunens verksamhetsdata (halvårsuttag).", "The municipality's own records (half-yearly extracts)."));
        for (ReferenceSource source : facts.usedSources()) {
            lines.add(facts.areaName(source.referenceArea(), vocabulary) + ": " + PlainText.clean(source.source()) + ", "
                    + PlainText.clean(source.year()));
        }
        Set<String> once = new HashSet<>();
        int r = 0;
        for (String line : lines) {
            if (line.startsWith("  ") || line.isEmpty() || once.add(line)) {
                ws.value(r++, 0, SpreadsheetText.safe(line));
            }
        }
        ws.style(0, 0).bold().fontSize(14).set();
        if (facts.model().synthetic()) {
            ws.style(1, 0).bold().fontColor("8A3B00").set();
        }
        ws.width(0, 110);
    }
}
