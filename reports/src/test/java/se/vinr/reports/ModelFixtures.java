package se.vinr.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.vinr.reports.model.Breakdown;
import se.vinr.reports.model.ChartHint;
import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.DataQuality;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Language;
import se.vinr.reports.model.PeerValue;
import se.vinr.reports.model.PlanFollowUp;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.PopulationCount;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.model.ReportModel;
import se.vinr.reports.model.SeriesBreak;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.TrendFinding.ControlSignal;
import se.vinr.reports.model.TrendFinding.GoalAssurance;
import se.vinr.reports.model.TrendFinding.Significance;
import se.vinr.reports.model.TrendFinding.Trend;
import se.vinr.reports.model.Unit;

/**
 * Hand-built report models: a realistic municipality over seven half-years with every indicator of
 * the contract, references, peers, a plan and data-quality notes, and a builder for small variations.
 */
public final class ModelFixtures {

    public static final String KOMMUN = "2280";
    public static final List<String> PERIODS = List.of("2023H1", "2023H2", "2024H1", "2024H2", "2025H1", "2025H2", "2026H1");
    public static final String LATEST = "2026H1";
    public static final String COUNTY = "22";
    public static final String GROUP = "kommungrupp:C6";

    private ModelFixtures() {
    }

    public static ReportModel fullModel() {
        return full().build();
    }

    public static ReportModel fullModel(Language language) {
        return full().language(language).build();
    }

    /** The full model as a builder, to change one thing in a test. */
    public static Builder full() {
        Builder b = new Builder();
        b.definition("new_cases", "Nya ärenden", "New cases", Unit.COUNT, Polarity.NEITHER, "3", null);
        b.definition("active_cases", "Aktiva ärenden", "Active cases", Unit.COUNT, Polarity.NEITHER, "3", null);
        b.definition("new_victims_rate", "Nya våldsutsatta vuxna per 10 000", "New adult victims per 10,000",
                Unit.PER_10000, Polarity.NEITHER, "3", null);
        b.definition("new_children_rate", "Nya barnärenden per 10 000 barn", "New child cases per 10,000 children",
                Unit.PER_10000, Polarity.NEITHER, "3", null);
        b.definition("screening_rate", "Andel nya kontakter som fått frågan om våld",
                "Share of new contacts asked about violence", Unit.PERCENT, Polarity.HIGHER_IS_BETTER, "3", 100.0);
        b.definition("disclosure_rate", "Andel som berättat om våld", "Share disclosing violence", Unit.PERCENT,
                Polarity.NEITHER, "3", null);
        b.definition("risk_assessed_share", "Andel med strukturerad riskbedömning", "Share with a structured risk assessment",
                Unit.PERCENT, Polarity.HIGHER_IS_BETTER, "3", 90.0);
        b.definition("days_to_risk_assessment", "Dagar till riskbedömning", "Days to risk assessment", Unit.DAYS,
                Polarity.LOWER_IS_BETTER, "3", 7.0);
        b.definition("risk_assessments", "Riskbedömningar", "Risk assessments", Unit.COUNT, Polarity.NEITHER, "3", null);
        b.definition("interventions", "Påbörjade insatser", "Interventions started", Unit.COUNT, Polarity.NEITHER, "3", null);
        b.definition("training_basic_coverage", "Andel anställda med grundutbildning", "Share of staff with basic training",
                Unit.PERCENT, Polarity.HIGHER_IS_BETTER, "2", 80.0);
        b.definition("elected_trained_share", "Andel förtroendevalda utbildade", "Share of elected officials trained",
                Unit.PERCENT, Polarity.HIGHER_IS_BETTER, "2", 100.0);

        int[] newCases = {40, 44, 41, 47, 43, 40, 62};
        int[] victims = {24, 26, 25, 28, 26, 24, 38};
        int[] childVictims = {6, 7, 6, 8, 7, 6, 9};
        int[] witnesses = {9, 10, 9, 11, 9, 8, 12};
        int[] perpetrators = {7, 3, 6, 8, 2, 7, 10};
        double population = 20_050;
        double children = 4_310;
        for (int p = 0; p < PERIODS.size(); p++) {
            String period = PERIODS.get(p);
            b.count(period, "new_cases", "all", newCases[p], p == 6 ? 35.0 : 38.0 + p);
            b.count(period, "new_cases", "role=victim", victims[p], null);
            b.count(period, "new_cases", "role=child_victim", childVictims[p], null);
            b.count(period, "new_cases", "role=child_witness", witnesses[p], null);
            b.count(period, "new_cases", "role=perpetrator", perpetrators[p], null);
            b.count(period, "active_cases", "all", newCases[p] + 30, null);
            b.count(period, "new_cases", "group=disability", 6 + p % 3, null);
            b.count(period, "new_cases", "group=lgbtq", p % 2 == 0 ? 3 : 5, null);
            b.count(period, "new_cases", "group=foreign_background", 11 + p, null);
            b.count(period, "new_cases", "group=elderly", 5 + p % 2, null);
            b.rate(period, "new_victims_rate", "all", victims[p], population, p == 6 ? 12.1 : 12.8 + p * 0.2,
                    p == 6 ? 13.0 : 13.5, p == 6 ? 14.2 : 14.0);
            b.rate(period, "new_children_rate", "all", childVictims[p] + witnesses[p], children, 38.0, 40.0, 36.0);
            double contacts = 180 + p * 6;
            double asked = Math.round(contacts * (0.55 + p * 0.04));
            b.share(period, "screening_rate", "all", asked, contacts, 70.0, 66.0, 68.0);
            b.share(period, "disclosure_rate", "all", Math.round(asked * 0.12), asked, null, null, null);
            double pairs = victims[p] + childVictims[p];
            b.share(period, "risk_assessed_share", "all", Math.round(pairs * (0.86 - p * 0.04)), pairs, 82.0, 80.0, 78.0);
            b.share(period, "risk_assessed_share", "role=victim", Math.round(victims[p] * (0.88 - p * 0.04)), victims[p],
                    null, null, null);
            b.share(period, "risk_assessed_share", "role=child_victim", childVictims[p] >= 7 ? 5.0 : 3.0, childVictims[p],
                    null, null, null);
            b.days(period, 9.0 + p, 12.0);
            int[] methods = {20, 6, 3, 8, 0};
            String[] methodCodes = {"FREDA_KORTFRAGOR", "FREDA_BESKRIVNING", "FREDA_FARLIGHET", "SARA_SV", "PATRIARK"};
            int methodSum = 0;
            for (int m = 0; m < methods.length; m++) {
                int count = methods[m] == 0 ? 0 : methods[m] + p;
                methodSum += count;
                b.count(period, "risk_assessments", "method=" + methodCodes[m], count, null);
            }
            b.count(period, "risk_assessments", "all", methodSum, null);
            b.count(period, "interventions", "all", 55 + p * 2, null);
            b.count(period, "interventions", "type=support_talks", 25 + p, null);
            b.count(period, "interventions", "type=financial_aid", 14 + p, null);
            b.count(period, "interventions", "type=protected_housing", p == 6 ? 3 : 6, null);
            b.count(period, "interventions", "type=child_support", 8, null);
            b.count(period, "interventions", "type=perpetrator_programme", p >= 5 ? 7 : 5, null);
            b.share(period, "training_basic_coverage", "all", 120 + p * 25, 480, 45.0, null, null);
            b.share(period, "elected_trained_share", "all", 18 + p, 61, null, null, null);
        }
        String[] units = {"IFO vuxen", "IFO barn och unga", "Mottagningsenheten", "Biståndsenheten"};
        double[][] unitShares = {{120, 130}, {60, 62}, {40, 46}, {3, 8}};
        for (int u = 0; u < units.length; u++) {
            b.share(LATEST, "screening_rate", "unit=" + units[u], unitShares[u][0], unitShares[u][1], null, null, null);
        }
        String[] departments = {"Socialförvaltningen", "Utbildningsförvaltningen", "Vård och omsorg", "Kultur och fritid"};
        double[][] trained = {{180, 210}, {90, 150}, {160, 190}, {12, 40}};
        for (int d = 0; d < departments.length; d++) {
            b.share(LATEST, "training_basic_coverage", "department=" + departments[d], trained[d][0], trained[d][1],
                    null, null, null);
        }
        String[] bands = {"18-24", "25-44", "45-64", "65-79", "80+"};
        int[][] bySex = {{6, 2}, {16, 5}, {7, 3}, {5, 1}, {1, 0}};
        for (int a = 0; a < bands.length; a++) {
            b.count(LATEST, "new_cases", "role=victim;sex=K;age_band=" + bands[a], bySex[a][0], null);
            b.count(LATEST, "new_cases", "role=victim;sex=M;age_band=" + bands[a], bySex[a][1], null);
        }
        b.count(LATEST, "new_cases", "role=victim;sex=K", 30, null);
        b.count(LATEST, "new_cases", "role=victim;sex=M", 8, null);
        long[][] inhabitants = {{820, 900}, {2_400, 2_550}, {2_900, 3_000}, {2_300, 2_200}, {950, 640}};
        for (int a = 0; a < bands.length; a++) {
            b.population("K", bands[a], inhabitants[a][0]);
            b.population("M", bands[a], inhabitants[a][1]);
        }

        b.trend("new_cases", "all", 22.0, Significance.SIGNIFICANT_INCREASE, 19.0, Significance.SIGNIFICANT_INCREASE,
                Trend.NO_TREND, 7, ControlSignal.SPECIAL_CAUSE_HIGH, GoalAssurance.NO_GOAL);
        b.trend("screening_rate", "all", 2.0, Significance.NOT_SIGNIFICANT, 5.0, Significance.NOT_SIGNIFICANT,
                Trend.INCREASING, 7, ControlSignal.COMMON_CAUSE, GoalAssurance.WILL_NOT_REACH);
        b.trend("risk_assessed_share", "all", -4.0, Significance.SIGNIFICANT_DECREASE, -8.0, Significance.SIGNIFICANT_DECREASE,
                Trend.DECREASING, 7, ControlSignal.COMMON_CAUSE, GoalAssurance.WILL_NOT_REACH);
        b.trend("new_victims_rate", "all", 6.9, Significance.SIGNIFICANT_INCREASE, 6.0, Significance.NOT_SIGNIFICANT,
                Trend.NO_TREND, 7, ControlSignal.SPECIAL_CAUSE_HIGH, GoalAssurance.NO_GOAL);
        b.trend("days_to_risk_assessment", "all", 1.0, Significance.NOT_TESTED, 2.0, Significance.NOT_TESTED,
                Trend.INCREASING, 7, ControlSignal.NOT_ASSESSED, GoalAssurance.WILL_NOT_REACH);
        b.trend("training_basic_coverage", "all", 5.2, Significance.SIGNIFICANT_INCREASE, 10.4,
                Significance.SIGNIFICANT_INCREASE, Trend.INCREASING, 7, ControlSignal.COMMON_CAUSE, GoalAssurance.UNCERTAIN);

        String[][] peers = {{"2260", "Ånge", "3300"}, {"2262", "Timrå", "14500"}, {"2281", "Sundsvall", "80000"},
                {"2282", "Kramfors", "15000"}, {"2283", "Sollefteå", "16000"}, {"2284", "Örnsköldsvik", "45000"},
                {"2404", "Vindeln", "4500"}, {"1782", "Filipstad", "8500"}, {"0764", "Alvesta", "16000"},
                {"2161", "Ljusdal", "15500"}, {"2260", "Ånge", "3300"}};
        for (int i = 0; i < peers.length - 1; i++) {
            double n = Double.parseDouble(peers[i][2]);
            b.peer("new_victims_rate", peers[i][0], peers[i][1], 9 + (i * 37 % 11), n);
            b.peer("screening_rate", peers[i][0], peers[i][1], 55 + (i * 53 % 30), n / 100);
        }
        b.source("riket", "new_victims_rate", "BRÅ och SCB", "2024", "");
        b.source(COUNTY, "new_victims_rate", "BRÅ och SCB", "2024", "");
        b.source("riket", "screening_rate", "Socialstyrelsen, Öppna jämförelser", "2024", "avrundat");
        b.source("riket", "risk_assessed_share", "Socialstyrelsen, Öppna jämförelser", "2024", "");
        b.source("riket", "training_basic_coverage", "NCK webbkurs, härledd", "2024", "härlett: användare / anställda");
        b.source("riket", "new_cases", "Härledd: rikets andel × befolkning", "2024", "härlett");
        b.seriesBreak("2025H2", "all", "Ny socialtjänstlag trädde i kraft 1 juli 2025.",
                "A new Social Services Act entered into force on 1 July 2025.", "SFS 2025:400");
        b.areaName("riket", "Riket");
        b.areaName(COUNTY, "Västernorrlands län");
        b.areaName(GROUP, "Kommungrupp C6");
        return b;
    }

    public static final String SCRIPT = "<script>alert(1)</script>";
    /** A unit name holding every character of the breakdown encoding. */
    public static final String PUNCTUATED = "Vård; omsorg = \"x\"";
    public static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"klicka\")";
    /** A figure the model (wrongly) carries in a row marked suppressed; it must appear nowhere. */
    public static final double LEAKED = 98765.0;

    /**
     * The full model with hostile input: markup and a formula in unit, department and activity texts, a
     * suppressed row that still carries its value, and an unprotected count of 3.
     */
    public static ReportModel hostileModel() {
        Builder b = full();
        b.share(LATEST, "screening_rate", "unit=" + SCRIPT, 40, 44, null, null, null);
        b.share(LATEST, "screening_rate", "unit=" + Breakdown.escape(PUNCTUATED), 30, 40, null, null, null);
        b.share(LATEST, "training_basic_coverage", "department=" + Breakdown.escape(FORMULA), 30, 50, null, null, null);
        b.value(new IndicatorValue(KOMMUN, LATEST, "interventions", "type=other", LEAKED, null, LEAKED, Unit.COUNT,
                LEAKED - 1, LEAKED + 1, "", null, Comparison.NOT_COMPARED, true));
        b.value(new IndicatorValue(KOMMUN, LATEST, "new_cases", "group=honour", 3.0, null, 3.0, Unit.COUNT,
                0.6, 8.8, "", null, Comparison.NOT_COMPARED, false));
        b.value(new IndicatorValue(KOMMUN, LATEST, "active_cases", "unit=" + Breakdown.escape(FORMULA), 50.0, null, 50.0, Unit.COUNT,
                37.0, 66.0, "", null, Comparison.NOT_COMPARED, false));
        b.plan(new PlanFollowUp("Plan " + SCRIPT, "Vision " + SCRIPT,
                List.of(new PlanFollowUp.SubGoal("3", "Trygghet " + SCRIPT,
                        List.of(new PlanFollowUp.Activity("3.1", "Aktivitet " + SCRIPT, FORMULA, "2026-06-30", "done", false,
                                        "Kommentar " + SCRIPT),
                                new PlanFollowUp.Activity("3.2", "Försenad aktivitet", "Enhetschef", "2026-03-31", "ongoing",
                                        true, null),
                                new PlanFollowUp.Activity("3.3", "Ej rapporterad aktivitet", "Enhetschef", null, null, false, null)),
                        List.of(new PlanFollowUp.PlanIndicator("3a", "Antal nya ärenden", "new_cases", "count", 62.0, LATEST))))));
        return b.municipalityName("Härnösand " + SCRIPT).build();
    }

    /** A model with the bare minimum around the given values and trends. */
    public static Builder minimal() {
        return new Builder();
    }

    public static final class Builder {
        private Language language = Language.SV;
        private String municipalityName = "Härnösand";
        private final List<IndicatorDefinition> definitions = new ArrayList<>();
        private final List<IndicatorValue> values = new ArrayList<>();
        private final List<TrendFinding> trends = new ArrayList<>();
        private final List<PeerValue> peers = new ArrayList<>();
        private final List<ReferenceSource> sources = new ArrayList<>();
        private final List<SeriesBreak> breaks = new ArrayList<>();
        private final Map<String, String> areaNames = new LinkedHashMap<>();
        private final List<PopulationCount> population = new ArrayList<>();
        private PlanFollowUp plan = defaultPlan();
        private DataQuality quality = defaultQuality();
        private List<String> periods = PERIODS;
        private int protectionLevel = 3;

        public Builder language(Language language) {
            this.language = language;
            return this;
        }

        public Builder municipalityName(String name) {
            this.municipalityName = name;
            return this;
        }

        public Builder periods(List<String> periods) {
            this.periods = periods;
            return this;
        }

        /**
         * Marks the shown rows of an indicator's half-year revised, as the publish step marks a figure of an
         * earlier half-year that changed by the threshold or more since its first publication.
         */
        public Builder revised(String indicator, String period) {
            values.replaceAll(v -> !v.indicator().equals(indicator) || !v.period().equals(period) || v.suppressed() ? v
                    : new IndicatorValue(v.municipality(), v.period(), v.indicator(), v.breakdown(), v.numerator(),
                    v.denominator(), v.value(), v.unit(), v.ciLow(), v.ciHigh(), v.referenceArea(), v.referenceValue(),
                    v.comparison(), false, true));
            return this;
        }

        /** The configured {@code vinr.protection-level} the method section states (3 unless set). */
        public Builder protectionLevel(int protectionLevel) {
            this.protectionLevel = protectionLevel;
            return this;
        }

        public Builder plan(PlanFollowUp plan) {
            this.plan = plan;
            return this;
        }

        /** The chart hints the shipped models (sql/indicators/*.yml) give the fixtures' indicators. */
        private static final Map<String, Set<ChartHint>> CHARTS = Map.of(
                "new_victims_rate", Set.of(ChartHint.RATE_TREND, ChartHint.U_CHART),
                "new_children_rate", Set.of(ChartHint.RATE_TREND),
                "screening_rate", Set.of(ChartHint.P_CHART, ChartHint.BY_UNIT),
                "training_basic_coverage", Set.of(ChartHint.BY_DEPARTMENT),
                "new_cases", Set.of(ChartHint.CASES_BY_ROLE, ChartHint.VICTIMS_BY_AGE_AND_SEX),
                "new_cases_vulnerable_groups", Set.of(ChartHint.VULNERABLE_GROUPS),
                "risk_assessed_share", Set.of(ChartHint.ROLE_TREND),
                "days_to_risk_assessment", Set.of(ChartHint.TREND),
                "risk_assessments", Set.of(ChartHint.METHODS),
                "interventions", Set.of(ChartHint.BY_TYPE));

        public Builder definition(String id, String sv, String en, Unit unit, Polarity polarity, String subGoal, Double goal) {
            definitions.add(new IndicatorDefinition(id, sv, en, sv + " – beskrivning.", en + " – description.", unit,
                    "täljare för " + id, "nämnare för " + id, polarity, subGoal, "", goal,
                    CHARTS.getOrDefault(id, Set.of())));
            return this;
        }

        public Builder value(IndicatorValue value) {
            values.add(value);
            return this;
        }

        /** A count; values from 1 to 4 arrive suppressed, as the jobs module publishes them. */
        public Builder count(String period, String indicator, String breakdown, double count, Double nationalExpectation) {
            boolean hidden = count > 0 && count < 5;
            Double low = hidden ? null : Math.max(0, count - 1.96 * Math.sqrt(count));
            Double high = hidden ? null : count + 1.96 * Math.sqrt(count) + 1;
            if (nationalExpectation != null) {
                Comparison c = hidden ? Comparison.NOT_COMPARED : nationalExpectation < low ? Comparison.HIGHER
                        : nationalExpectation > high ? Comparison.LOWER : Comparison.SIMILAR;
                values.add(new IndicatorValue(KOMMUN, period, indicator, breakdown, hidden ? null : count, null,
                        hidden ? null : count, Unit.COUNT, low, high, "riket", nationalExpectation, c, hidden));
            } else {
                values.add(new IndicatorValue(KOMMUN, period, indicator, breakdown, hidden ? null : count, null,
                        hidden ? null : count, Unit.COUNT, low, high, "", null, Comparison.NOT_COMPARED, hidden));
            }
            return this;
        }

        public Builder rate(String period, String indicator, String breakdown, double count, double population,
                     Double riket, Double county, Double group) {
            double value = count / population * 10_000;
            double low = Math.max(0, count - 1.96 * Math.sqrt(count)) / population * 10_000;
            double high = (count + 1.96 * Math.sqrt(count) + 1) / population * 10_000;
            references(period, indicator, breakdown, count, population, value, Unit.PER_10000, low, high, riket, county, group);
            return this;
        }

        public Builder share(String period, String indicator, String breakdown, double numerator, double denominator,
                      Double riket, Double county, Double group) {
            boolean hidden = numerator > 0 && numerator < 5;
            double p = numerator / denominator;
            double z = 1.959964;
            double centre = (p + z * z / (2 * denominator)) / (1 + z * z / denominator);
            double half = z * Math.sqrt(p * (1 - p) / denominator + z * z / (4 * denominator * denominator))
                    / (1 + z * z / denominator);
            if (hidden) {
                values.add(new IndicatorValue(KOMMUN, period, indicator, breakdown, null, denominator, null, Unit.PERCENT,
                        null, null, riket == null ? "" : "riket", riket, Comparison.NOT_COMPARED, true));
                return this;
            }
            references(period, indicator, breakdown, numerator, denominator, p * 100, Unit.PERCENT,
                    Math.max(0, centre - half) * 100, Math.min(1, centre + half) * 100, riket, county, group);
            return this;
        }

        public Builder days(String period, double median, Double riket) {
            references(period, "days_to_risk_assessment", "all", null, 30.0, median, Unit.DAYS, median - 3, median + 4,
                    riket, null, null);
            return this;
        }

        private void references(String period, String indicator, String breakdown, Double numerator, Double denominator,
                                double value, Unit unit, double low, double high, Double riket, Double county, Double group) {
            boolean any = false;
            String[] areas = {"riket", COUNTY, GROUP};
            Double[] refs = {riket, county, group};
            for (int i = 0; i < areas.length; i++) {
                if (refs[i] == null) {
                    continue;
                }
                any = true;
                Comparison c = refs[i] < low ? Comparison.HIGHER : refs[i] > high ? Comparison.LOWER : Comparison.SIMILAR;
                values.add(new IndicatorValue(KOMMUN, period, indicator, breakdown, numerator, denominator, value, unit,
                        low, high, areas[i], refs[i], c, false));
            }
            if (!any) {
                values.add(new IndicatorValue(KOMMUN, period, indicator, breakdown, numerator, denominator, value, unit,
                        low, high, "", null, Comparison.NOT_COMPARED, false));
            }
        }

        /**
         * A finding without a drawn chart whose comparisons at the flag level are those of the latest
         * half-year's rows at the model's level (as when every difference is clear at both levels).
         */
        public Builder trend(String indicator, String breakdown, Double change, Significance previous, Double yearChange,
                      Significance yearEarlier, Trend trend, int points, ControlSignal signal, GoalAssurance goal) {
            return trend(new TrendFinding(indicator, breakdown, change, previous, yearChange, yearEarlier, trend, points,
                    signal, goal, List.of(), Map.of()));
        }

        /** A finding as given; comparisons at the flag level are taken from the latest rows when it has none. */
        public Builder trend(TrendFinding finding) {
            trends.add(finding);
            return this;
        }

        private TrendFinding withFlags(TrendFinding f) {
            if (!f.flagComparisons().isEmpty()) {
                return f;
            }
            Map<String, Comparison> flags = new LinkedHashMap<>();
            for (IndicatorValue v : values) {
                if (v.indicator().equals(f.indicator()) && v.breakdown().equals(f.breakdown()) && v.period().equals(LATEST)
                        && v.referenceArea() != null && !v.referenceArea().isEmpty()) {
                    flags.put(v.referenceArea(), v.comparison());
                }
            }
            return new TrendFinding(f.indicator(), f.breakdown(), f.changeFromPrevious(), f.previousChange(),
                    f.changeFromYearEarlier(), f.yearEarlierChange(), f.trend(), f.unbrokenPoints(), f.controlSignal(),
                    f.goalAssurance(), f.controlChart(), flags);
        }

        public Builder peer(String indicator, String code, String name, double value, double denominator) {
            peers.add(new PeerValue(indicator, code, name, "2025", value, denominator, "Kolada"));
            return this;
        }

        public Builder source(String area, String indicator, String source, String year, String note) {
            sources.add(new ReferenceSource(area, indicator, source, year, note));
            return this;
        }

        public Builder seriesBreak(String period, String scope, String sv, String en, String source) {
            breaks.add(new SeriesBreak(period, scope, sv, en, source));
            return this;
        }

        public Builder areaName(String area, String name) {
            areaNames.put(area, name);
            return this;
        }

        public Builder population(String sex, String ageBand, long inhabitants) {
            population.add(new PopulationCount(sex, ageBand, inhabitants, 2025));
            return this;
        }

        public Builder noPopulation() {
            population.clear();
            return this;
        }

        public Builder quality(DataQuality quality) {
            this.quality = quality;
            return this;
        }

        public ReportModel build() {
            return new ReportModel(language, KOMMUN, municipalityName, LATEST, periods, definitions, values,
                    trends.stream().map(this::withFlags).toList(), peers,
                    sources, breaks, quality, plan, 5, protectionLevel, "0.95", "0.1.0-test", "2026-07-15T08:00:00Z", areaNames,
                    population);
        }
    }

    public static DataQuality defaultQuality() {
        return new DataQuality(
                List.of(new DataQuality.FileCounts("cases.csv", 812, 806, 6, Map.of("invalid_person_id", 4L, "invalid_date", 2L)),
                        new DataQuality.FileCounts("contacts.csv", 214, 214, 0, Map.of()),
                        new DataQuality.FileCounts("risk_assessments.csv", 61, 60, 1, Map.of("unknown_code", 1L))),
                List.of("headcount.csv"),
                List.of(new DataQuality.DataWarning("2026H1", "volume_drop", "warning",
                        "Antalet kontakter sjönk med 30 % mot föregående halvår.")),
                List.of(new DataQuality.RevisedReference("screening_rate", "riket", "2024", 68.0, 70.0)));
    }

    public static PlanFollowUp defaultPlan() {
        return new PlanFollowUp("Handlingsplan mot våld i nära relationer 2026–2028", "Ingen ska utsättas för våld.",
                List.of(new PlanFollowUp.SubGoal("2", "Våldsförebyggande arbete och tidig upptäckt",
                                List.of(new PlanFollowUp.Activity("2.1", "Grundutbildning (NCK webbkurs) för all personal",
                                                "Förvaltningschef", "2026-12-31", "ongoing", false, "Halva personalen klar."),
                                        new PlanFollowUp.Activity("2.2", "Utbildningsdag för förtroendevalda", "Kommundirektör",
                                                "2026-03-31", "not_started", true, null)),
                                List.of(new PlanFollowUp.PlanIndicator("2a", "Andel anställda med grundutbildning",
                                                "training_basic_coverage", "percent", 55.2, "2026H1"),
                                        new PlanFollowUp.PlanIndicator("2b", "Antal föräldrakurser", null, "count", 3.0, "2026H1"))),
                        new PlanFollowUp.SubGoal("3", "Trygghet, stöd och hjälp",
                                List.of(new PlanFollowUp.Activity("3.1", "Fråga om våld vid varje ny kontakt i IFO",
                                                "Enhetschef IFO", "2026-06-30", "done", false, "Rutin införd."),
                                        new PlanFollowUp.Activity("3.2", "FREDA för alla våldsutsatta", "Enhetschef IFO",
                                                "2026-06-30", null, false, null)),
                                List.of(new PlanFollowUp.PlanIndicator("3a", "Antal nya ärenden", "new_cases", "count", 62.0, "2026H1"),
                                        new PlanFollowUp.PlanIndicator("3b", "Antal riskbedömningar", "risk_assessments", "count",
                                                null, null)))));
    }
}
