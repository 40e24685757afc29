package se.vinr.reports.findings;

import se.vinr.reports.model.Breakdown;

/**
 * One ranked point of the report: a sentence saying what happened and why it matters.
 *
 * @param score higher ranks first; worsenings and significant changes score highest
 */
public record MainPoint(String indicator, Breakdown breakdown, String sentence, double score) {
}
