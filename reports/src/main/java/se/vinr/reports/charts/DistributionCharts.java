package se.vinr.reports.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

import se.vinr.reports.model.ChartHint;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.findings.Leaders;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Unit;
import se.vinr.reports.text.NumberText;

/** How the period's cases, assessments and interventions divide: by method, type, group, age and sex. */
public final class DistributionCharts {

    /** The pyramid's bands: the adults, as in the title and in the adult victims' rate. */
    private static final List<String> ADULT_BANDS = List.of("18-24", "25-44", "45-64", "65-79", "80+");
    private static final List<String> PYRAMID_SEXES = List.of("M", "K");
    private static final String POPULATION_SERIES = "population";
    /** A group counts as over-represented in the title from a quarter above its expected number. */
    private static final double OVER_REPRESENTED = 1.25;

    private final ChartContext ctx;

    public DistributionCharts(ChartContext ctx) {
        this.ctx = ctx;
    }

    /** Risk assessments per half-year, one panel per method on a common scale. */
    public Optional<Chart> riskAssessmentMethods() {
        String indicator = ctx.facts().chartedIndicator(ChartHint.METHODS).orElse("");
        List<Breakdown> methods = ctx.facts().breakdowns(indicator, "method");
        return smallMultiples("risk_assessment_methods", indicator, methods, "method",
                top -> Headline.fit(top + ctx.t(" var vanligaste metoden senaste halvåret", " was the most used method last half-year"),
                        top + ctx.t(" vanligast senaste halvåret", " most used last half-year")),
                ctx.t("Riskbedömningar per halvår efter metod, antal", "Risk assessments per half-year by method, number"));
    }

    /**
     * New cases in particularly vulnerable groups, one panel per group: the catalogue's
     * {@code new_cases_vulnerable_groups}, else {@code new_cases} with a {@code group=} breakdown, alone
     * or with {@code role=}.
     */
    public Optional<Chart> vulnerableGroups() {
        String groupsIndicator = ctx.facts().chartedIndicator(ChartHint.VULNERABLE_GROUPS).orElse("");
        String indicator = ctx.facts().breakdowns(groupsIndicator, "group").isEmpty()
                ? ctx.facts().chartedIndicator(ChartHint.CASES_BY_ROLE).orElse("") : groupsIndicator;
        List<Breakdown> groups = new ArrayList<>(ctx.facts().breakdowns(indicator, "group"));
        if (groups.isEmpty()) {
            groups.addAll(ctx.facts().breakdowns(indicator, "role", "group").stream()
                    .filter(b -> "victim".equals(b.get("role"))).toList());
        }
        return smallMultiples("vulnerable_groups", indicator, groups, "group",
                top -> Headline.fit(ctx.t("Flest nya ärenden bland: ", "Most new cases among: ") + top,
                        ctx.t("Nya ärenden i särskilt utsatta grupper", "New cases in particularly vulnerable groups")),
                ctx.t("Nya ärenden per halvår i särskilt utsatta grupper, antal personer",
                        "New cases per half-year in particularly vulnerable groups, number of persons"));
    }

    private interface TitleFromTop {
        String title(String top);
    }

    private Optional<Chart> smallMultiples(String id, String indicator, List<Breakdown> breakdowns, String key,
                                           TitleFromTop title, String measure) {
        ReportFacts facts = ctx.facts();
        List<Breakdown> panels = breakdowns.stream().limit(SmallMultiples.MAX_PANELS).toList();
        if (panels.isEmpty()) {
            return Optional.empty();
        }
        NumberText numbers = ctx.numbers();
        List<PeriodPlot> plots = new ArrayList<>();
        List<List<IndicatorValue>> series = new ArrayList<>();
        double max = 0;
        for (Breakdown b : panels) {
            List<IndicatorValue> s = facts.series(indicator, b);
            series.add(s);
            PeriodPlot plot = new PeriodPlot(ctx.style(), facts.periods(), numbers.format(0), null)
                    .line(null, Palette.BLUE, ChartContext.values(s, IndicatorValue::value))
                    .hidden(Palette.BLUE, ChartContext.hidden(s))
                    .breaksBefore(ctx.breakPeriods(indicator), "")
                    .sparseTicks();
            plots.add(plot);
            max = Math.max(max, plot.maxValue());
        }
        double upper = ChartStyle.niceCeiling(max * 1.1);
        plots.forEach(plot -> plot.fixedUpper(upper));
        List<String> names = panels.stream().map(b -> ctx.vocabulary().code(key, b.get(key))).toList();

        List<Double> latestValues = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            IndicatorValue latest = series.get(i).get(series.get(i).size() - 1);
            latestValues.add(latest == null || latest.suppressed() ? null : latest.value());
        }
        List<String> leaders = Leaders.of(names, latestValues);
        String top = leaders.size() == 1 ? leaders.get(0) : null;
        List<String> headers = new ArrayList<>(List.of(ctx.t("Halvår", "Half-year")));
        headers.addAll(names);
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < facts.periods().size(); p++) {
            List<String> row = new ArrayList<>(List.of(facts.periods().get(p)));
            for (List<IndicatorValue> s : series) {
                row.add(numbers.value(s.get(p)));
            }
            rows.add(row);
        }
        String tied = Leaders.join(leaders, ctx.words());
        String heading = top != null ? title.title(top) : leaders.isEmpty() ? title.title("–")
                : Headline.fit(tied + ctx.t(": lika många senaste halvåret", ": as many last half-year"),
                tied + ctx.t(": lika många", ": as many"));
        boolean hidden = series.stream().anyMatch(ChartContext::anySuppressed);
        SmallMultiples grid = new SmallMultiples(plots, names);
        return Optional.of(new Chart(id, heading, ctx.subtitle(measure, ctx.periodSpan()),
                ctx.caption(ctx.periodSpan(), List.of(indicator), false) + " "
                        + ctx.t("Alla diagram har samma skala.", "All panels share one scale."),
                ctx.note(hidden), Chart.WIDTH, grid.chartHeight(), grid,
                new DataTable(headers, rows)));
    }

    /** Interventions started in the latest half-year, by type. */
    public Optional<Chart> interventionsByType() {
        String indicator = ctx.facts().chartedIndicator(ChartHint.BY_TYPE).orElse("");
        ReportFacts facts = ctx.facts();
        List<IndicatorValue> rows = new ArrayList<>();
        for (Breakdown b : facts.breakdowns(indicator, "type")) {
            facts.latest(indicator, b).ifPresent(rows::add);
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        rows.sort(Comparator.comparing((IndicatorValue v) -> v.suppressed() || v.value() == null)
                .thenComparing(v -> v.value() == null ? 0 : -v.value()));
        NumberText numbers = ctx.numbers();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<List<String>> table = new ArrayList<>();
        double max = 0;
        for (IndicatorValue v : rows) {
            String name = ctx.vocabulary().code("type", Breakdown.parse(v.breakdown()).get("type"));
            boolean hidden = v.suppressed() || v.value() == null;
            dataset.addValue(hidden ? null : v.value(), "interventions", hidden ? name + " (" + numbers.value(v) + ")" : name);
            max = Math.max(max, hidden ? 0 : v.value());
            table.add(List.of(name, numbers.value(v)));
        }
        List<String> leaders = Leaders.of(
                rows.stream().map(v -> ctx.vocabulary().code("type", Breakdown.parse(v.breakdown()).get("type"))).toList(),
                rows.stream().map(v -> v.suppressed() ? null : v.value()).toList());
        String tied = Leaders.join(leaders, ctx.words());
        String title = leaders.isEmpty() ? ctx.t("Insatser efter typ", "Interventions by type")
                : leaders.size() > 1 ? Headline.fit(tied + ctx.t(" var lika vanliga senaste halvåret",
                        " were equally common last half-year"), tied + ctx.t(" lika vanliga", " equally common"))
                : Headline.fit(tied + ctx.t(" var vanligaste insatsen senaste halvåret", " was the most common intervention"),
                tied + ctx.t(" vanligaste insatsen", " most common intervention"));
        double upper = ChartStyle.niceCeiling(max * 1.15);
        BarPlot bars = new BarPlot(ctx.style());
        return Optional.of(new Chart("interventions_by_type", title,
                ctx.subtitle(ctx.t("Påbörjade insatser efter typ, antal", "Interventions started by type, number"), facts.period()),
                ctx.caption(facts.period(), List.of(indicator), false),
                ctx.note(ChartContext.anySuppressed(rows)), Chart.WIDTH, 170 + BarPlot.ROW_HEIGHT * rows.size(),
                (g2, area) -> bars.bars(dataset, Palette.BLUE, numbers.format(0), ctx.axis(Unit.COUNT), upper).draw(g2, area),
                new DataTable(List.of(ctx.t("Insats", "Intervention"), ctx.t("Antal", "Number")), table)));
    }

    /**
     * New adult victims in the latest half-year by age band and sex, as a population pyramid, with the
     * number expected if they were spread like the municipality's inhabitants drawn over the bars.
     */
    public Optional<Chart> victimsByAgeAndSex() {
        String indicator = ctx.facts().chartedIndicator(ChartHint.VICTIMS_BY_AGE_AND_SEX).orElse("");
        ReportFacts facts = ctx.facts();
        List<Breakdown> cells = new ArrayList<>(facts.breakdowns(indicator, "role", "sex", "age_band").stream()
                .filter(b -> "victim".equals(b.get("role"))).toList());
        if (cells.isEmpty()) {
            cells.addAll(facts.breakdowns(indicator, "sex", "age_band"));
        }
        Map<String, Map<String, IndicatorValue>> byAge = new LinkedHashMap<>();
        for (String band : ADULT_BANDS) {
            for (Breakdown b : cells) {
                if (band.equals(b.get("age_band")) && PYRAMID_SEXES.contains(b.get("sex"))) {
                    facts.latest(indicator, b).ifPresent(v ->
                            byAge.computeIfAbsent(band, k -> new LinkedHashMap<>()).put(b.get("sex"), v));
                }
            }
        }
        if (byAge.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> expected = expectedFromPopulation(byAge);
        NumberText numbers = ctx.numbers();
        String men = ctx.vocabulary().code("sex", "M");
        String women = ctx.vocabulary().code("sex", "K");
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        DefaultCategoryDataset outline = new DefaultCategoryDataset();
        List<List<String>> table = new ArrayList<>();
        List<IndicatorValue> all = new ArrayList<>();
        double max = 0;
        String topCell = null;
        double best = -1;
        String overCell = null;
        double overRatio = OVER_REPRESENTED;
        int groupsWithVictims = 0;
        for (Map.Entry<String, Map<String, IndicatorValue>> age : byAge.entrySet()) {
            IndicatorValue m = age.getValue().get("M");
            IndicatorValue k = age.getValue().get("K");
            String band = ctx.vocabulary().code("age_band", age.getKey());
            boolean hiddenM = hidden(m);
            boolean hiddenK = hidden(k);
            String label = band + (hiddenM && m != null && m.suppressed() || hiddenK && k != null && k.suppressed()
                    ? " (" + numbers.value(hiddenM ? m : k) + ")" : "");
            dataset.addValue(hiddenM ? null : m.value() == 0 ? 0.0 : -m.value(), men, label);
            dataset.addValue(hiddenK ? null : k.value(), women, label);
            Double expectedM = expected.get(age.getKey() + "|M");
            Double expectedK = expected.get(age.getKey() + "|K");
            outline.addValue(expectedM == null ? null : -expectedM, men + " " + POPULATION_SERIES, label);
            outline.addValue(expectedK, women + " " + POPULATION_SERIES, label);
            max = Math.max(max, Math.max(hiddenM ? 0 : m.value(), hiddenK ? 0 : k.value()));
            max = Math.max(max, Math.max(expectedM == null ? 0 : expectedM, expectedK == null ? 0 : expectedK));
            for (String sex : PYRAMID_SEXES) {
                IndicatorValue v = age.getValue().get(sex);
                Double e = expected.get(age.getKey() + "|" + sex);
                String who = ctx.vocabulary().code("sex", sex) + " " + band;
                if (!hidden(v) && v.value() > 0) {
                    groupsWithVictims++;
                }
                // A count of nought is no "most": with every shown count nought the title names no group.
                if (!hidden(v) && v.value() > 0 && v.value() > best) {
                    best = v.value();
                    topCell = who;
                }
                if (!hidden(v) && e != null && e > 0 && v.value() / e > overRatio) {
                    overRatio = v.value() / e;
                    overCell = who;
                }
            }
            List<String> row = new ArrayList<>(List.of(band, numbers.value(k), numbers.value(m)));
            if (!expected.isEmpty()) {
                row.add(expectedK == null ? NumberText.MISSING : numbers.number(expectedK, 1));
                row.add(expectedM == null ? NumberText.MISSING : numbers.number(expectedM, 1));
            }
            table.add(row);
            all.add(m);
            all.add(k);
        }
        double extent = ChartStyle.niceCeiling(max * 1.25);
        BarPlot bars = new BarPlot(ctx.style());
        // With the victims shown all in one group, that group is over-represented by construction: no finding.
        String title = overCell != null && groupsWithVictims > 1
                ? Headline.fit(ctx.t(overCell + " mest överrepresenterade bland nya våldsutsatta",
                        overCell + " most over-represented among new victims"))
                : topCell == null ? ctx.t("Nya våldsutsatta vuxna efter ålder och kön", "New adult victims by age and sex")
                : Headline.fit(ctx.t("Flest nya våldsutsatta var ", "Most new victims were ")
                        + topCell.toLowerCase(ctx.words().locale()));
        boolean anyHidden = all.stream().filter(Objects::nonNull).anyMatch(IndicatorValue::suppressed);
        List<String> headers = new ArrayList<>(List.of(ctx.t("Ålder", "Age"), women, men));
        String caption = ctx.caption(facts.period(), List.of(indicator), false);
        if (!expected.isEmpty()) {
            headers.add(women + ctx.t(", väntat enligt befolkningen", ", expected from the population"));
            headers.add(men + ctx.t(", väntat enligt befolkningen", ", expected from the population"));
            int year = facts.model().population().get(0).year();
            caption += " " + ctx.t("Linjen: antalet som väntas om de våldsutsatta som visas fördelade sig som "
                            + "kommunens invånare i samma grupper (SCB, " + year + ").",
                    "Line: the number expected if the victims shown were spread like the municipality's "
                            + "inhabitants in the same groups (Statistics Sweden, " + year + ").")
                    + (anyHidden ? " " + ctx.t("Dolda grupper ingår inte i jämförelsen.",
                    "Hidden groups are left out of the comparison.") : "");
        }
        String measure = expected.isEmpty()
                ? ctx.t("Nya våldsutsatta vuxna efter ålder och kön, antal personer",
                        "New adult victims by age and sex, number of persons")
                : ctx.t("Nya våldsutsatta vuxna efter ålder och kön, antal personer och väntat antal enligt befolkningen",
                        "New adult victims by age and sex, number of persons and number expected from the population");
        String axis = "← " + men + "   |   " + women + " →";
        return Optional.of(new Chart("victims_by_age_and_sex", title, ctx.subtitle(measure, facts.period()), caption,
                ctx.note(anyHidden), Chart.WIDTH, 190 + BarPlot.ROW_HEIGHT * byAge.size(),
                (g2, area) -> (expected.isEmpty()
                        ? bars.pyramid(dataset, List.of(Palette.ORANGE, Palette.BLUE), numbers.format(0), axis, extent)
                        : bars.pyramid(dataset, List.of(Palette.ORANGE, Palette.BLUE), numbers.format(0), axis, extent,
                                outline)).draw(g2, area),
                new DataTable(headers, table)));
    }

    private static boolean hidden(IndicatorValue v) {
        return v == null || v.suppressed() || v.value() == null;
    }

    /**
     * Per {@code band|sex}, the victims that group would have if the victims shown were spread over the
     * groups shown as the municipality's inhabitants are. Only shown counts enter, so that the line tells
     * nothing of a hidden one; empty without a population for every band and sex of the pyramid.
     */
    private Map<String, Double> expectedFromPopulation(Map<String, Map<String, IndicatorValue>> byAge) {
        Map<String, Long> inhabitants = new LinkedHashMap<>();
        ctx.facts().model().population().forEach(p -> inhabitants.put(p.ageBand() + "|" + p.sex(), p.inhabitants()));
        double victims = 0;
        double people = 0;
        for (String band : byAge.keySet()) {
            for (String sex : PYRAMID_SEXES) {
                Long population = inhabitants.get(band + "|" + sex);
                if (population == null) {
                    return Map.of();
                }
                IndicatorValue v = byAge.get(band).get(sex);
                if (!hidden(v)) {
                    victims += v.value();
                    people += population;
                }
            }
        }
        if (victims == 0 || people == 0) {
            return Map.of();
        }
        Map<String, Double> expected = new LinkedHashMap<>();
        for (String band : byAge.keySet()) {
            for (String sex : PYRAMID_SEXES) {
                if (!hidden(byAge.get(band).get(sex))) {
                    expected.put(band + "|" + sex, victims * inhabitants.get(band + "|" + sex) / people);
                }
            }
        }
        return expected;
    }
}
