package se.vinr.publish;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.vinr.reports.model.DataQuality;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Language;
import se.vinr.reports.model.PeerValue;
import se.vinr.reports.model.PlanFollowUp;
import se.vinr.reports.model.PopulationCount;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.model.ReportModel;
import se.vinr.reports.model.SeriesBreak;
import se.vinr.reports.model.TrendFinding;

/**
 * What the publish step publishes for one municipality and half-year, already protected: the content
 * of the {@code mart.*} tables of that publication, independent of the language it is read in and of
 * when it is rendered. The report step turns it into a {@link ReportModel}.
 *
 * @param periods      the municipality's loaded half-years up to {@code period}, ascending
 * @param groupNames   titles of the reference areas other than the country ({@code kolada:<id>})
 * @param plan         the action-plan follow-up, or null when no plan is configured
 * @param confidenceLevel the interval level in per cent as printed, e.g. {@code 95.0}
 * @param synthetic    made from the demo's synthetic data (a load with the demo's public key)
 */
public record Publication(
        String municipality,
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
        String confidenceLevel,
        Map<String, String> groupNames,
        List<PopulationCount> population,
        boolean synthetic) {

    public Publication {
        periods = List.copyOf(periods);
        definitions = List.copyOf(definitions);
        values = List.copyOf(values);
        trends = List.copyOf(trends);
        peers = List.copyOf(peers);
        sources = List.copyOf(sources);
        seriesBreaks = List.copyOf(seriesBreaks);
        groupNames = Map.copyOf(groupNames);
        population = List.copyOf(population);
    }

    /**
     * The report of this publication in {@code language}, stamped with the tool and the time it was made.
     *
     * @param protectionLevel the configured {@code vinr.protection-level}, which the method section states
     */
    public ReportModel toReportModel(Language language, int protectionLevel, String toolVersion, Instant created) {
        Map<String, String> areaNames = new LinkedHashMap<>();
        areaNames.put("riket", language == Language.EN ? "Sweden" : "Riket");
        areaNames.putAll(groupNames);
        return new ReportModel(language, municipality, municipalityName, period, periods, definitions, values,
                trends, peers, sources, seriesBreaks, dataQuality, plan, suppressionThreshold, protectionLevel, confidenceLevel,
                toolVersion, created.toString(), areaNames, population, synthetic);
    }
}
