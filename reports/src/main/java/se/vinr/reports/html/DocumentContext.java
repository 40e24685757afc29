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

/** What the sections of the document share. */
record DocumentContext(ReportFacts facts, Words words, NumberText numbers, Vocabulary vocabulary, Figures figures,
                       List<MainPoint> worsening, List<MainPoint> mainPoints) {

    String t(String sv, String en) {
        return words.t(sv, en);
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
    void assessment(Html html, Assessment assessment) {
        html.open("span", "class", "chip", "style", "background:" + Palette.hex(Palette.of(assessment))).close("span")
                .text(word(assessment));
    }

    String word(Assessment assessment) {
        return switch (assessment) {
            case BETTER -> t("bättre", "better");
            case WORSE -> t("sämre", "worse");
            case HIGHER -> t("högre", "higher");
            case LOWER -> t("lägre", "lower");
            case SIMILAR -> t("ingen säker skillnad", "no clear difference");
            case NOT_COMPARED -> t("ej jämförd", "not compared");
        };
    }
}
