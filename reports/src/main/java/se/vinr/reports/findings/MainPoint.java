package se.vinr.reports.findings;

import se.vinr.reports.model.Breakdown;

/**
 * One ranked point of the report: a sentence saying what happened and why it matters.
 *
 * @param score higher ranks first; worsenings and significant changes score highest
 * @param fromComparison whether the sentence already sets the level against the comparison areas
 */
public record MainPoint(String indicator, Breakdown breakdown, String sentence, double score, boolean fromComparison) {

    public MainPoint(String indicator, Breakdown breakdown, String sentence, double score) {
        this(indicator, breakdown, sentence, score, false);
    }
}
