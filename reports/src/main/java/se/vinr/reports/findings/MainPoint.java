package se.vinr.reports.findings;

import se.vinr.reports.model.Breakdown;

/**
 * One ranked point of the report: a sentence saying what happened and why it matters.
 *
 * @param score higher ranks first; worsenings and significant changes score highest
 * @param fromComparison whether the sentence already sets the level against the comparison areas
 * @param namesItsBreak whether the sentence itself says that a series break stops a comparison over time
 */
public record MainPoint(String indicator, Breakdown breakdown, String sentence, double score, boolean fromComparison,
                        boolean namesItsBreak) {

    public MainPoint(String indicator, Breakdown breakdown, String sentence, double score) {
        this(indicator, breakdown, sentence, score, false, false);
    }

    public MainPoint(String indicator, Breakdown breakdown, String sentence, double score, boolean fromComparison) {
        this(indicator, breakdown, sentence, score, fromComparison, false);
    }
}
