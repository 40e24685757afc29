package se.vinr.reports.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.model.SeriesBreak;
import se.vinr.reports.model.Unit;
import se.vinr.reports.text.NumberText;
import se.vinr.reports.text.PlainText;
import se.vinr.reports.text.Vocabulary;
import se.vinr.reports.text.Words;

/** What every chart builder needs: the facts, the wording, the numbers' format and the style. */
public record ChartContext(ReportFacts facts, Words words, NumberText numbers, Vocabulary vocabulary, ChartStyle style) {

    public static ChartContext of(ReportFacts facts, ChartStyle style) {
        Words words = facts.words();
        return new ChartContext(facts, words, new NumberText(words), new Vocabulary(words), style);
    }

    public String t(String sv, String en) {
        return words.t(sv, en);
    }

    public String title(String indicator) {
        return facts.definition(indicator).map(d -> PlainText.clean(d.title(words.language()))).orElse(indicator);
    }

    public Double goal(String indicator) {
        return facts.definition(indicator).map(IndicatorDefinition::goal).orElse(null);
    }

    public String periodSpan() {
        List<String> periods = facts.periods();
        if (periods.isEmpty()) {
            return facts.period();
        }
        String first = periods.get(0);
        String last = periods.get(periods.size() - 1);
        return new Vocabulary(facts.words()).halfYears(first, last);
    }

    /** Measure, area and period, e.g. "Antal personer, Härnösand, första halvåret 2024 – första halvåret 2026". */
    public String subtitle(String measure, String period) {
        return measure + ", " + facts.municipalityName() + ", " + new Vocabulary(facts.words()).halfYear(period);
    }

    /** Where the figures come from; the national sources named with their year. */
    public String caption(String period, List<String> indicators, boolean withReferences) {
        return caption(period, indicators, area -> withReferences);
    }

    /** The caption naming only the comparison sources of the areas the chart draws. */
    public String caption(String period, List<String> indicators, Predicate<String> drawnAreas) {
        StringBuilder caption = new StringBuilder(t("Källa: kommunens verksamhetsdata (halvårsuttag), ",
                "Source: the municipality's own records (half-yearly extract), "))
                .append(new Vocabulary(facts.words()).halfYear(period)).append('.');
        List<String> named = new ArrayList<>();
        for (String indicator : indicators) {
            for (ReferenceSource source : facts.model().sources()) {
                if (indicator.equals(source.indicator()) && drawnAreas.test(source.referenceArea())) {
                    String text = facts.areaName(source.referenceArea(), vocabulary) + ": "
                            + PlainText.clean(source.source()) + " " + PlainText.clean(source.year());
                    if (!named.contains(text)) {
                        named.add(text);
                    }
                }
            }
        }
        if (!named.isEmpty()) {
            caption.append(' ').append(t("Jämförelse: ", "Comparison: ")).append(String.join("; ", named)).append('.');
        }
        return caption.toString();
    }

    /** An area's name as a line's label, without a peer group's members (see {@link ReportFacts#shortAreaName}). */
    public String lineName(String area) {
        return facts.shortAreaName(area, vocabulary);
    }

    /** The footnote for hidden values, only where a chart has one. */
    public String note(boolean anySuppressed) {
        if (!anySuppressed) {
            return "";
        }
        return t("..: dold (färre än " + facts.threshold() + ")", "..: hidden (fewer than " + facts.threshold() + ")");
    }

    public static boolean anySuppressed(List<IndicatorValue> rows) {
        return rows.stream().anyMatch(v -> v != null && v.suppressed());
    }

    /** The published values of a series; hidden and missing ones become gaps (null), never zero. */
    public static List<Double> values(List<IndicatorValue> rows, Function<IndicatorValue, Double> field) {
        List<Double> values = new ArrayList<>();
        for (IndicatorValue row : rows) {
            values.add(row == null || row.suppressed() ? null : field.apply(row));
        }
        return values;
    }

    /** Per half-year, whether its value is published as hidden ({@code ..}), not merely missing. */
    public static List<Boolean> hidden(List<IndicatorValue> rows) {
        return rows.stream().map(row -> row != null && row.suppressed()).toList();
    }

    public List<String> breakPeriods(String indicator) {
        return facts.breaksFor(indicator).stream().map(SeriesBreak::period).distinct().toList();
    }

    public String breakLabel() {
        return t("Seriebrott", "Series break");
    }

    public String goalLabel(Double goal, Unit unit) {
        return t("Mål ", "Goal ") + numbers.compact(goal, unit);
    }

    public String breakdown(Breakdown breakdown) {
        return vocabulary.breakdown(breakdown);
    }

    /** Colour for a reference area's line: the country black, a county orange, a group purple. */
    /**
     * One colour per comparison area of a chart, in the areas' order: riket black, the others each their
     * own (a county and two peer groups in one chart must not share a colour, or their labels cannot be
     * matched to their lines).
     */
    public static List<Color> areaColors(List<String> areas) {
        List<Color> others = List.of(Palette.ORANGE, Palette.REDDISH_PURPLE, Palette.MUTED_TEXT);
        List<Color> colours = new ArrayList<>();
        int next = 0;
        for (String area : areas) {
            colours.add(ReportFacts.areaOrder(area) == 0 ? Palette.BLACK : others.get(next++ % others.size()));
        }
        return colours;
    }

    /** Axis title for a unit, e.g. "Procent". */
    public String axis(Unit unit) {
        return numbers.unitName(unit);
    }

    public String measure(Unit unit) {
        return switch (unit) {
            case COUNT -> t("Antal", "Number");
            case PERCENT -> t("Andel i procent", "Share in per cent");
            case PER_10000 -> t("Per 10 000 invånare", "Per 10,000 inhabitants");
            case RATIO -> t("Kvot", "Ratio");
            case DAYS -> t("Dagar (median)", "Days (median)");
        };
    }
}
