package se.vinr.reports.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.vinr.reports.model.Breakdown;
import se.vinr.reports.model.ChartHint;
import se.vinr.reports.model.DataQuality;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.PeerValue;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.model.ReportModel;
import se.vinr.reports.model.SeriesBreak;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.text.PlainText;
import se.vinr.reports.text.Vocabulary;
import se.vinr.reports.text.Words;

/** The questions every part of the report asks of the (already protected) model, answered in one place. */
public final class ReportFacts {

    public static final String NATIONAL = "riket";

    private final ReportModel model;
    private final Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
    /** indicator → breakdown → period → rows, one per reference area, in model order. */
    private final Map<String, Map<Breakdown, Map<String, List<IndicatorValue>>>> rows = new LinkedHashMap<>();
    private final Map<String, TrendFinding> trends = new LinkedHashMap<>();
    private final List<String> periods;

    public ReportFacts(ReportModel model) {
        this.model = model;
        model.definitions().forEach(d -> definitions.put(d.id(), d));
        for (IndicatorValue v : model.values()) {
            rows.computeIfAbsent(v.indicator(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(Breakdown.parse(v.breakdown()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(v.period(), k -> new ArrayList<>()).add(v);
        }
        model.trends().forEach(t -> trends.putIfAbsent(key(t.indicator(), Breakdown.parse(t.breakdown())), t));
        List<String> known = new ArrayList<>(model.periods());
        if (model.period() != null && !known.contains(model.period())) {
            known.add(model.period());
        }
        known.sort(Comparator.naturalOrder());
        this.periods = List.copyOf(known);
    }

    private static String key(String indicator, Breakdown breakdown) {
        return indicator + "|" + breakdown;
    }

    public ReportModel model() {
        return model;
    }

    public Words words() {
        return new Words(model.language());
    }

    public String period() {
        return model.period();
    }

    public String municipalityName() {
        String name = PlainText.clean(model.municipalityName());
        return name.isEmpty() ? PlainText.clean(model.municipalityCode()) : name;
    }

    /** Every period of the report, ascending. */
    public List<String> periods() {
        return periods;
    }

    public Optional<String> previousPeriod(String period) {
        int i = periods.indexOf(period);
        return i > 0 ? Optional.of(periods.get(i - 1)) : Optional.empty();
    }

    /** The same half-year a year before ({@code 2026H1} → {@code 2025H1}). */
    public static String yearEarlier(String period) {
        if (period == null || period.length() < 5) {
            return period;
        }
        try {
            int year = Integer.parseInt(period.substring(0, 4));
            return (year - 1) + period.substring(4);
        } catch (NumberFormatException e) {
            return period;
        }
    }

    public List<IndicatorDefinition> definitions() {
        return List.copyOf(definitions.values());
    }

    /** The indicators whose model asks for a dedicated chart of this kind, in model order. */
    public List<String> charted(ChartHint chart) {
        return definitions.values().stream().filter(d -> d.charts().contains(chart)).map(IndicatorDefinition::id).toList();
    }

    /** The first indicator that asks for the chart; empty when none does, so the chart is left out. */
    public Optional<String> chartedIndicator(ChartHint chart) {
        return charted(chart).stream().findFirst();
    }

    public Optional<IndicatorDefinition> definition(String indicator) {
        return Optional.ofNullable(definitions.get(indicator));
    }

    public Polarity polarity(String indicator) {
        return definition(indicator).map(IndicatorDefinition::polarity).orElse(Polarity.NEITHER);
    }

    /** All reference-area rows of one indicator, breakdown and period. */
    public List<IndicatorValue> rows(String indicator, Breakdown breakdown, String period) {
        return rows.getOrDefault(indicator, Map.of()).getOrDefault(breakdown, Map.of()).getOrDefault(period, List.of());
    }

    /**
     * The municipality's own value; every reference-area row repeats it, so any will do, and a row
     * that is suppressed anywhere is treated as suppressed.
     */
    public Optional<IndicatorValue> value(String indicator, Breakdown breakdown, String period) {
        List<IndicatorValue> found = rows(indicator, breakdown, period);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return found.stream().filter(IndicatorValue::suppressed).findFirst().or(() -> Optional.of(found.get(0)));
    }

    public Optional<IndicatorValue> latest(String indicator, Breakdown breakdown) {
        return value(indicator, breakdown, period());
    }

    /** The row comparing with one reference area, if the model has it. */
    public Optional<IndicatorValue> against(String indicator, Breakdown breakdown, String period, String area) {
        return rows(indicator, breakdown, period).stream().filter(v -> area.equals(v.referenceArea())).findFirst();
    }

    /** The rows of the period that carry a reference value, national first. */
    public List<IndicatorValue> comparisons(String indicator, Breakdown breakdown, String period) {
        List<IndicatorValue> found = new ArrayList<>(rows(indicator, breakdown, period).stream()
                .filter(v -> v.referenceArea() != null && !v.referenceArea().isBlank() && v.referenceValue() != null)
                .toList());
        found.sort(Comparator.comparingInt(v -> areaOrder(v.referenceArea())));
        return found;
    }

    /** Reference areas in reading order: the country, the county, the municipality group. */
    public static int areaOrder(String area) {
        if (NATIONAL.equals(area)) {
            return 0;
        }
        return area != null && area.startsWith("kommungrupp:") ? 2 : 1;
    }

    /** One value (or null where there is no row) per report period. */
    public List<IndicatorValue> series(String indicator, Breakdown breakdown) {
        List<IndicatorValue> series = new ArrayList<>();
        for (String p : periods) {
            series.add(value(indicator, breakdown, p).orElse(null));
        }
        return series;
    }

    /** The breakdowns of an indicator that split by exactly these keys, in the model's order. */
    public List<Breakdown> breakdowns(String indicator, String... keys) {
        Set<Breakdown> found = new LinkedHashSet<>();
        for (Breakdown b : rows.getOrDefault(indicator, Map.of()).keySet()) {
            if (b.keysAre(keys)) {
                found.add(b);
            }
        }
        return List.copyOf(found);
    }

    /** Every breakdown of the indicator, {@code all} first. */
    public List<Breakdown> breakdowns(String indicator) {
        List<Breakdown> found = new ArrayList<>(rows.getOrDefault(indicator, Map.of()).keySet());
        found.sort(Comparator.comparing(b -> !b.isAll()));
        return found;
    }

    public Optional<TrendFinding> trend(String indicator, Breakdown breakdown) {
        return Optional.ofNullable(trends.get(key(indicator, breakdown)));
    }

    public List<TrendFinding> trends() {
        return model.trends();
    }

    public List<PeerValue> peers(String indicator) {
        return model.peers().stream().filter(p -> indicator.equals(p.indicator())).toList();
    }

    public List<SeriesBreak> breaksFor(String indicator) {
        return model.seriesBreaks().stream().filter(b -> b.touches(indicator)).toList();
    }

    /**
     * The sources the report draws on: those of a comparison value it shows (any half-year of the
     * report) or of the other municipalities in its funnel plots. A loaded source the report does not
     * use is left out of its source list.
     */
    public List<ReferenceSource> usedSources() {
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (IndicatorValue v : model.values()) {
            if (v.referenceValue() != null && v.referenceArea() != null) {
                shown.add(v.indicator() + "|" + v.referenceArea());
            }
        }
        java.util.Set<String> peerSources = new java.util.HashSet<>();
        model.peers().forEach(p -> peerSources.add(p.indicator() + "|" + p.source()));
        return model.sources().stream()
                .filter(s -> shown.contains(s.indicator() + "|" + s.referenceArea())
                        || peerSources.contains(s.indicator() + "|" + s.source()))
                .toList();
    }

    public Optional<ReferenceSource> source(String indicator, String area) {
        return model.sources().stream()
                .filter(s -> area != null && area.equals(s.referenceArea()) && indicator.equals(s.indicator()))
                .findFirst();
    }

    public String areaName(String area, Vocabulary vocabulary) {
        String name = area == null ? null : model.areaNames().get(area);
        return name == null || name.isBlank() ? vocabulary.area(area) : PlainText.clean(name);
    }

    /**
     * An area's name for a sentence or a line's label: without the parenthesis that lists a peer group's
     * members ("Liknande kommuner IFO, Härnösand, 2022 (Kolada G36529: Bollnäs, …)"), which tables and
     * captions give in full; fifteen names would bury the finding.
     */
    public String shortAreaName(String area, Vocabulary vocabulary) {
        String name = areaName(area, vocabulary);
        int parenthesis = name.indexOf(" (");
        return parenthesis > 0 && name.endsWith(")") ? name.substring(0, parenthesis) : name;
    }

    public DataQuality dataQuality() {
        DataQuality quality = model.dataQuality();
        return quality == null ? new DataQuality(List.of(), List.of(), List.of(), List.of()) : quality;
    }

    public int threshold() {
        return SuppressionGuard.threshold(model);
    }

    /** The confidence level as a whole percentage, whether the model says {@code 95}, {@code 95 %} or {@code 0.95}. */
    public String confidencePercent() {
        String level = model.confidenceLevel();
        if (level == null || level.isBlank()) {
            return "95";
        }
        String digits = level.replace("%", "").replace(',', '.').trim();
        try {
            double value = Double.parseDouble(digits);
            double percent = value <= 1 ? value * 100 : value;
            return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
        } catch (NumberFormatException e) {
            return PlainText.clean(level);
        }
    }
}
