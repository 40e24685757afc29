package se.vinr.reports.findings;

import java.util.Optional;

import se.vinr.reports.facts.Assessment;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Polarity;
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

    String area(String code) {
        return facts.areaName(code, vocabulary);
    }
}
