package se.vinr.reports.model;

import java.util.List;
import java.util.Map;

/**
 * Everything a report shows, already computed and already protected by small-number protection.
 * The renderers turn it into files and decide nothing statistical themselves.
 *
 * @param periods every loaded period of the municipality up to and including {@code period}, ascending
 * @param values indicator rows for all those periods (every breakdown and reference area)
 * @param trends one finding per indicator and breakdown that has a series
 * @param peers the same indicator for other municipalities, for funnel plots (may be empty)
 * @param plan the action-plan follow-up, or null when no plan is configured
 * @param areaNames display names of reference areas by code ({@code riket}, a county code,
 *                  {@code kommungrupp:<name>}); an area without a name is shown by its code
 * @param population the municipality's inhabitants by sex and adult age band, of one year; empty when
 *                   the warehouse has no population by age band
 * @param protectionLevel how many values the attacker's audit leaves each hidden small count (the
 *                        configured {@code vinr.protection-level}), as the method section states it
 * @param synthetic the figures come from the demo's generated data (its public key), not from a
 *                  municipality: every page, chart and sheet then says so
 */
public record ReportModel(
        Language language,
        String municipalityCode,
        String municipalityName,
        String period,
        List<String> periods,
        List<IndicatorDefinition> definitions,
        List<IndicatorValue> values,
        List<TrendFinding> trends,
        List<PeerValue> peers,
        List<ReferenceSource> sources,
        List<SeriesBreak> seriesBreaks,
        DataQuality dataQuality,
        PlanFollowUp plan,
        int suppressionThreshold,
        int protectionLevel,
        String confidenceLevel,
        String toolVersion,
        String created,
        Map<String, String> areaNames,
        List<PopulationCount> population,
        boolean synthetic) {

    /** A report of real data (not the demo's). */
    public ReportModel(Language language, String municipalityCode, String municipalityName, String period,
                       List<String> periods, List<IndicatorDefinition> definitions, List<IndicatorValue> values,
                       List<TrendFinding> trends, List<PeerValue> peers, List<ReferenceSource> sources,
                       List<SeriesBreak> seriesBreaks, DataQuality dataQuality, PlanFollowUp plan,
                       int suppressionThreshold, int protectionLevel, String confidenceLevel, String toolVersion,
                       String created, Map<String, String> areaNames, List<PopulationCount> population) {
        this(language, municipalityCode, municipalityName, period, periods, definitions, values, trends, peers, sources,
                seriesBreaks, dataQuality, plan, suppressionThreshold, protectionLevel, confidenceLevel, toolVersion, created, areaNames,
                population, false);
    }

    public ReportModel {
        periods = List.copyOf(periods);
        definitions = List.copyOf(definitions);
        values = List.copyOf(values);
        trends = List.copyOf(trends);
        peers = List.copyOf(peers);
        sources = List.copyOf(sources);
        seriesBreaks = List.copyOf(seriesBreaks);
        areaNames = Map.copyOf(areaNames);
        population = List.copyOf(population);
    }
}
