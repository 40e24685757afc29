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
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.PlanFollowUp;
import se.vinr.reports.text.NumberText;
import se.vinr.reports.text.PlainText;
import se.vinr.reports.text.Vocabulary;
import se.vinr.reports.text.Words;

/**
 * {@code indicators.xlsx}: one sheet per action-plan sub-goal (indicators without one share a sheet),
 * every half-year of the report, headers in the report's language (Swedish by default), numbers as
 * numbers, {@code ..} for hidden values, and a sheet that explains the columns.
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
            for (Map.Entry<String, List<IndicatorValue>> sheet : sheets.entrySet()) {
                Worksheet ws = workbook.newWorksheet(sheetName(sheet.getKey(), used));
                writeSheet(ws, sheet.getValue(), facts, words, vocabulary);
                ws.finish();
            }
            Worksheet help = workbook.newWorksheet(sheetName(words.t("Förklaring", "Explanation"), used));
            writeHelp(help, facts, words);
            help.finish();
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
                    : words.t("Delmål ", "Sub-goal ") + goal + (goalTitles.containsKey(goal) ? " " + goalTitles.get(goal) : ""));
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
            name = name.substring(0, MAX_SHEET_NAME - 1).strip() + "…";
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
                words.t("Jämförelse", "Comparison"), words.t("Dold", "Hidden"));
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.style(0, c).bold().set();
        }
        ws.freezePane(0, 1);
        NumberText numbers = new NumberText(words);
        int r = 1;
        for (IndicatorValue v : rows) {
            boolean hidden = v.suppressed();
            ws.value(r, 0, SpreadsheetText.safe(facts.municipalityName()));
            ws.value(r, 1, SpreadsheetText.safe(v.period()));
            ws.value(r, 2, SpreadsheetText.safe(facts.definition(v.indicator())
                    .map(d -> PlainText.clean(d.title(words.language()))).orElse(v.indicator())));
            ws.value(r, 3, SpreadsheetText.safe(v.indicator()));
            ws.value(r, 4, SpreadsheetText.safe(vocabulary.breakdown(Breakdown.parse(v.breakdown()))));
            number(ws, r, 5, v.numerator(), hidden);
            number(ws, r, 6, v.denominator(), false);
            number(ws, r, 7, v.value(), hidden);
            ws.value(r, 8, v.unit() == null ? "" : numbers.unitName(v.unit()));
            number(ws, r, 9, v.ciLow(), hidden);
            number(ws, r, 10, v.ciHigh(), hidden);
            ws.value(r, 11, v.referenceArea() == null || v.referenceArea().isBlank() ? ""
                    : SpreadsheetText.safe(facts.areaName(v.referenceArea(), vocabulary)));
            number(ws, r, 12, v.referenceValue(), false);
            ws.value(r, 13, v.comparison() == null ? "" : comparison(v, words));
            ws.value(r, 14, hidden ? words.t("ja", "yes") : words.t("nej", "no"));
            r++;
        }
        ws.width(2, 40);
        ws.width(4, 28);
        ws.width(11, 22);
    }

    /** A number cell, {@code ..} where the value is hidden, empty where there is none. */
    private static void number(Worksheet ws, int row, int column, Double value, boolean hidden) {
        if (hidden) {
            ws.value(row, column, NumberText.SUPPRESSED);
        } else if (value != null && !value.isNaN() && !value.isInfinite()) {
            ws.value(row, column, value);
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

    private static void writeHelp(Worksheet ws, ReportFacts facts, Words words) {
        int threshold = facts.threshold();
        String[] lines = {
            words.t("Indikatorer för ", "Indicators for ") + facts.municipalityName() + ", " + PlainText.clean(facts.period()),
            words.t("En rad per indikator, uppdelning, halvår och jämförelseområde.",
                    "One row per indicator, breakdown, half-year and comparison area."),
            words.t("..  betyder dold: antal från 1 till " + (threshold - 1) + " och allt som bygger på dem visas inte (färre än "
                    + threshold + ").", "..  means hidden: counts from 1 to " + (threshold - 1)
                    + " and everything built on them are not shown (fewer than " + threshold + ")."),
            words.t("KI nedre och KI övre: " + facts.confidencePercent() + " %-konfidensintervall.",
                    "CI low and CI high: " + facts.confidencePercent() + " % confidence interval."),
            words.t("Jämförelse: högre eller lägre när jämförelsevärdet ligger utanför intervallet, annars ingen säker skillnad.",
                    "Comparison: higher or lower when the comparison value lies outside the interval, else no clear difference."),
            words.t("En text som börjar med ' har fått tecknet för att kalkylprogrammet inte ska läsa den som en formel.",
                    "A text beginning with ' got that mark so that the spreadsheet does not read it as a formula.")};
        for (int i = 0; i < lines.length; i++) {
            ws.value(i, 0, SpreadsheetText.safe(lines[i]));
        }
        ws.style(0, 0).bold().set();
        ws.width(0, 110);
    }
}
