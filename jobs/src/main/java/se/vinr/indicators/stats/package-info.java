/**
 * The statistical core of the indicators step: intervals, comparison with a reference, change and
 * trend tests, control charts and small-number protection. Plain immutable Java with no Spring and no
 * database; every quantile comes from Apache Commons Statistics.
 *
 * <p>The methods follow the public-health profile tradition (England's Fingertips technical guidance
 * and the APHO technical briefing "Commonly used public health statistics and their confidence
 * intervals", Eayres 2008). Each class cites the published source of its formula; the code is
 * written from those formulas, not translated from any other implementation.
 */
package se.vinr.indicators.stats;
