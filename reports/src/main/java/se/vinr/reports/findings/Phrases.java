package se.vinr.reports.findings;

import java.util.Optional;

import se.vinr.reports.facts.Assessment;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.SeriesBreak;
import se.vinr.reports.text.NumberText;
import se.vinr.reports.text.PlainText;
import se.vinr.reports.text.Vocabulary;
import se.vinr.reports.text.Words;

/** The building blocks of the generated sentences: subjects, values and what a change means. */
final class Phrases {

    private final ReportFacts facts;
    private final Words words;
    private final NumberText numbers;
    private final Vocabulary vocabulary;

    Phrases(ReportFacts facts) {
        this.facts = facts;
        this.words = facts.words();
        this.numbers = new NumberText(words);
        this.vocabulary = new Vocabulary(words);
    }

    Words words() {
        return words;
    }

    NumberText numbers() {
        return numbers;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** "Nya ärenden" or "Nya ärenden (Våldsutsatta vuxna)". */
    String subject(String indicator, Breakdown breakdown) {
        String title = facts.definition(indicator).map(d -> PlainText.clean(d.title(words.language()))).orElse(indicator);
        return breakdown.isAll() ? title : title + " (" + vocabulary.breakdown(breakdown) + ")";
    }

    /** The published value of a period, or empty when it is missing or hidden. */
    Optional<IndicatorValue> published(String indicator, Breakdown breakdown, String period) {
        return facts.value(indicator, breakdown, period).filter(v -> !v.suppressed() && v.value() != null);
    }

    String value(IndicatorValue v) {
        return numbers.withUnit(v.value(), v.unit());
    }

    String rose(boolean up) {
        return up ? words.t("ökade", "rose") : words.t("minskade", "fell");
    }

    /** "en ökning", or "en försämring"/"en förbättring" where the indicator has a good direction. */
    String change(boolean up, Polarity polarity) {
        if (Assessment.worsens(up, polarity)) {
            return words.t("en försämring", "a worsening");
        }
        if (Assessment.improves(up, polarity)) {
            return words.t("en förbättring", "an improvement");
        }
        return up ? words.t("en ökning", "an increase") : words.t("en minskning", "a decrease");
    }

    String beyondChance() {
        return words.t("större än slumpen kan förklara", "larger than chance can explain");
    }

    /**
     * Whether a displayed comparison also holds at the flag level, where the claims of the report are
     * made; a comparison the statistics did not test at that level is not claimed.
     */
    boolean holdsAtFlagLevel(IndicatorValue v) {
        return facts.trend(v.indicator(), Breakdown.parse(v.breakdown()))
                .map(f -> f.flagComparisons().get(v.referenceArea()))
                .filter(flag -> flag == v.comparison())
                .isPresent();
    }

    /** "X: the comparison with the previous half-year is not possible because of the series break …". */
    /**
     * "Påbörjade insatser var 54 andra halvåret 2025; jämförelsen med tidigare halvår går inte att göra,
     * eftersom serien bröts andra halvåret 2025 (…)." The level, and why no change is claimed.
     */
    String acrossBreak(String indicator, String subject, IndicatorValue now) {
        String period = facts.period();
        Optional<SeriesBreak> latest = facts.breaksFor(indicator).stream()
                .filter(b -> b.period().compareTo(period) <= 0)
                .max(java.util.Comparator.comparing(SeriesBreak::period));
        String what = latest.map(b -> firstSentence(words.t(b.descriptionSv(), b.descriptionEn()))).orElse("");
        String from = latest.map(b -> vocabulary.halfYear(b.period())).orElse("");
        return subject + words.t(" var ", " was ") + value(now) + " " + vocabulary.halfYear(period)
                + words.t("; jämförelsen med tidigare halvår går inte att göra, eftersom serien bröts " + from,
                "; the comparison with earlier half-years is not possible, since the series broke in " + from)
                + (what.isEmpty() ? "" : " (" + what + ")") + ".";
    }

    private static String firstSentence(String text) {
        String clean = PlainText.clean(text);
        int end = clean.indexOf(". ");
        String first = end > 0 ? clean.substring(0, end) : clean;
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }

    /** An area's name in a sentence, without a peer group's members (see {@link ReportFacts#shortAreaName}). */
    String area(String code) {
        return facts.shortAreaName(code, vocabulary);
    }

    /** An area's name inside a sentence: "riket", not "Riket". */
    String areaInProse(String code) {
        if (ReportFacts.NATIONAL.equals(code)) {
            return words.t("riket", "Sweden");
        }
        String name = area(code);
        return name.startsWith("Kommungrupp ") ? "kommungruppen " + name.substring("Kommungrupp ".length()) : name;
    }
}
