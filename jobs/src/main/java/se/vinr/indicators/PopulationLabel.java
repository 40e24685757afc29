package se.vinr.indicators;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.vinr.reports.model.IndicatorDefinition;

/**
 * Makes a rate's label name the population it was actually divided by. A definition written for
 * inhabitants aged 18+ that had to fall back to the 20+ population (the seeds have only 0–19 and 20+)
 * must say "20 år och äldre", never "18 år och äldre"; the title, and the denominator text the method
 * section shows, are rewritten accordingly. When the age group changed within the report's half-years,
 * the label names the latest one and says until when the other was used.
 */
public final class PopulationLabel {

    private static final Pattern OPEN = Pattern.compile("(\\d+)\\+");
    private static final Pattern BAND = Pattern.compile("(\\d+)-(\\d+)");

    private PopulationLabel() {
    }

    /** "18 år och äldre" / "0–17 år". */
    public static String swedish(String ageGroup) {
        Matcher open = OPEN.matcher(ageGroup);
        if (open.matches()) {
            return open.group(1) + " år och äldre";
        }
        Matcher band = BAND.matcher(ageGroup);
        return band.matches() ? band.group(1) + "–" + band.group(2) + " år" : ageGroup;
    }

    /** "aged 18+" / "aged 0–17". */
    public static String english(String ageGroup) {
        return "aged " + ageGroup.replace('-', '–');
    }

    /**
     * @param wanted the age group the definition is written for
     * @param usedByPeriod the age group each half-year's denominator came from, by period
     * @return the definition unchanged when every half-year used the wanted group, else relabelled
     */
    public static IndicatorDefinition relabel(IndicatorDefinition definition, String wanted,
                                              Map<String, String> usedByPeriod) {
        TreeMap<String, String> used = new TreeMap<>(usedByPeriod);
        if (used.isEmpty() || used.values().stream().allMatch(wanted::equals)) {
            return definition;
        }
        String latest = used.lastEntry().getValue();
        Optional<Map.Entry<String, String>> lastOther = used.descendingMap().entrySet().stream()
                .filter(e -> !e.getValue().equals(latest)).findFirst();
        String sv = swedish(latest) + lastOther.map(e -> " (t.o.m. " + e.getKey() + ": " + swedish(e.getValue()) + ")")
                .orElse("");
        String en = english(latest) + lastOther.map(e -> " (until " + e.getKey() + ": " + english(e.getValue()) + ")")
                .orElse("");
        String titleSv = replaceOrAppend(definition.titleSv(), swedish(wanted), sv, "invånare ");
        String titleEn = replaceOrAppend(definition.titleEn(), english(wanted), en, "inhabitants ");
        String denominator = "population " + latest + lastOther.map(e -> " (until " + e.getKey() + ": " + e.getValue()
                + ")").orElse("") + " used instead of " + wanted + ", which was not loaded; " + definition.denominatorDefinition();
        String descriptionSv = definition.descriptionSv() + " I den här rapporten är nämnaren invånare " + sv + ".";
        String descriptionEn = definition.descriptionEn() + " In this report the denominator is inhabitants " + en + ".";
        return new IndicatorDefinition(definition.id(), titleSv, titleEn, descriptionSv,
                descriptionEn, definition.unit(), definition.numeratorDefinition(), denominator,
                definition.polarity(), definition.subGoal(), definition.referenceSource(), definition.goal(),
                definition.charts());
    }

    private static String replaceOrAppend(String title, String wanted, String used, String noun) {
        return title.contains(wanted) ? title.replace(wanted, used) : title + " (" + noun + used + ")";
    }

    /**
     * The first half-year of the latest run on one age group: a change of denominator is a series break,
     * since the rates before and after are not on one basis. Empty when the group never changed.
     */
    public static Optional<String> basisStart(Map<String, String> usedByPeriod) {
        TreeMap<String, String> used = new TreeMap<>(usedByPeriod);
        if (used.isEmpty()) {
            return Optional.empty();
        }
        String latest = used.lastEntry().getValue();
        String start = used.lastKey();
        for (Map.Entry<String, String> e : used.descendingMap().entrySet()) {
            if (!e.getValue().equals(latest)) {
                return Optional.of(start);
            }
            start = e.getKey();
        }
        return Optional.empty();
    }
}
