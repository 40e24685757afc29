package se.vinr.reports.html;

import java.util.ArrayList;
import java.util.List;

import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.text.NumberText;
import se.vinr.reports.text.PlainText;

/** How the figures are made: definitions, intervals, comparisons, control charts, protection, regulation. */
final class MethodSection {

    static final String ID = "metod";

    /**
     * How many values the attacker's audit leaves each hidden small count (the default of the jobs'
     * protection, {@code SmallNumberProtection.DEFAULT_PROTECTION_LEVEL}).
     */
    static final int PROTECTION_LEVEL = 3;

    /** The protection paragraph; arguments: the largest hidden count, the threshold, the protection level. */
    static final String PROTECTION_SV = "Antal från 1 till %1$d visas aldrig, inte heller andelar, kvoter eller intervall "
            + "som bygger på dem. De visas som “..” (dold, färre än %2$d) och som luckor i diagrammen, aldrig som noll. "
            + "Noll visas. Innan rapporten publiceras prövas den som en angripare skulle pröva den: alla tal som visas, "
            + "summor åt båda hållen, samband mellan indikatorer, ökningen av kumulativa tal och tidigare halvår "
            + "ställs upp som ekvationer, och för varje dolt tal räknas ut vilka värden det kan ha (ett dolt tal är "
            + "minst 1 eftersom nollor visas, en andel är högst 100 %%). Inget dolt tal får kunna räknas fram exakt, "
            + "och ett dolt litet tal måste kunna vara minst %3$d olika värden. Räcker det inte döljs fler tal, de "
            + "minsta först, och prövningen görs om. Antal avvisade rader i datakvalitetsavsnittet och andra kommuners "
            + "andelar följer samma regel.";
    static final String PROTECTION_EN = "Counts from 1 to %1$d are never shown, nor shares, rates or intervals built on "
            + "them. They appear as “..” (hidden, fewer than %2$d) and as gaps in the charts, never as zero. Zero is "
            + "shown. Before the report is published it is tested as an attacker would test it: every figure shown, "
            + "sums in both directions, links between indicators, the rise of cumulative figures and earlier "
            + "half-years become equations, and each hidden count's possible values are computed (a hidden count is "
            + "at least 1 since zeros are shown, a share at most 100 %%). No hidden count may be computable exactly, "
            + "and a hidden small count must be able to take at least %3$d values. Otherwise more figures are hidden, "
            + "the smallest first, and the test is repeated. Rejected rows in the data-quality section and other "
            + "municipalities' shares follow the same rule.";

    private final DocumentContext ctx;

    MethodSection(DocumentContext ctx) {
        this.ctx = ctx;
    }

    void write(Html html) {
        String level = ctx.facts().confidencePercent();
        int threshold = ctx.facts().threshold();
        html.open("section", "id", ID, "class", "chapter");
        html.element("h2", ctx.t("Metod", "Method"));

        html.element("h3", ctx.t("Varför uppföljningen görs", "Why the follow-up is made"));
        html.element("p", ctx.t("Uppföljningen stödjer socialnämndens arbete enligt Socialstyrelsens föreskrifter och allmänna råd om "
                        + "våld i nära relationer (HSLF-FS 2022:39): att fråga om våld, att göra strukturerade riskbedömningar för "
                        + "våldsutsatta och barn, att ge stöd och insatser och att följa upp arbetet systematiskt. Den jämför kommunen "
                        + "med riket två gånger om året för att stödja tidig upptäckt och förebyggande arbete.",
                "The follow-up supports the social welfare board's work under the National Board of Health and Welfare's "
                        + "regulations and general advice on violence in close relationships (HSLF-FS 2022:39): asking about violence, "
                        + "structured risk assessments for victims and children, support and interventions, and systematic follow-up. "
                        + "It compares the municipality with Sweden twice a year to support early detection and prevention."));

        html.element("h3", ctx.t("Definitioner", "Definitions"));
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorDefinition d : ctx.facts().definitions()) {
            rows.add(List.of(ctx.title(d), PlainText.clean(d.description(ctx.words().language())),
                    PlainText.clean(d.numeratorDefinition()), PlainText.clean(d.denominatorDefinition()),
                    ctx.numbers().unitName(d.unit()), polarity(d.polarity()),
                    d.goal() == null ? NumberText.MISSING : ctx.numbers().compact(d.goal(), d.unit())));
        }
        Tables.write(html, null, List.of(ctx.t("Indikator", "Indicator"), ctx.t("Beskrivning", "Description"),
                ctx.t("Täljare", "Numerator"), ctx.t("Nämnare", "Denominator"), ctx.t("Enhet", "Unit"),
                ctx.t("Bra riktning", "Good direction"), ctx.t("Mål", "Goal")), rows, 99);

        html.element("h3", ctx.t("Osäkerhet och jämförelser", "Uncertainty and comparisons"));
        html.element("p", ctx.t("Alla intervall är " + level + " %-konfidensintervall. Andelar har Wilsons intervall; antal och "
                        + "andra kvoter per invånare har exakta Poissonintervall (Byars approximation för större antal). En skillnad "
                        + "mot ett jämförelsevärde räknas som säker (högre eller lägre) när jämförelsevärdet ligger utanför kommunens "
                        + "intervall; annars redovisas ingen säker skillnad. Färgen säger om skillnaden är bättre eller sämre utifrån "
                        + "indikatorns bra riktning; där riktningen inte är given står bara högre eller lägre.",
                "Every interval is a " + level + " % confidence interval. Shares use Wilson intervals; counts and rates per "
                        + "inhabitant use exact Poisson intervals (Byar's approximation for larger counts). A difference from a "
                        + "comparison value counts as clear (higher or lower) when the comparison value lies outside the "
                        + "municipality's interval; otherwise no clear difference is reported. The colour says whether the difference "
                        + "is better or worse given the indicator's good direction; where there is none, only higher or lower is said."));
        html.element("p", ctx.t("Förändringar mot föregående halvår och mot samma halvår året före prövas statistiskt; bara en förändring "
                        + "som testet visar beskrivs som större än slumpen kan förklara. Trender prövas över de halvår som hänger ihop "
                        + "utan seriebrott.",
                "Changes since the previous half-year and since the same half-year a year earlier are tested; only a change "
                        + "the test shows is described as larger than chance can explain. Trends are tested over the half-years "
                        + "without a series break."));
        html.element("p", ctx.t("Styrdiagram (p-diagram för andelar, u-diagram för antal per invånare) visar medellinjen och gränser på "
                        + "tre standardavvikelser, beräknade efter det senaste seriebrottet. En punkt utanför gränserna tyder på en "
                        + "särskild orsak; punkter inom gränserna är vanlig variation. Trattdiagram visar kommunen bland andra kommuner "
                        + "mot nämnarens storlek, med gränser för 95 % och 99,8 % kring rikets värde.",
                "Control charts (p-charts for shares, u-charts for rates per inhabitant) show the centre line and limits at "
                        + "three standard deviations, computed after the latest series break. A point outside the limits suggests a "
                        + "special cause; points within are common variation. Funnel plots show the municipality among others against "
                        + "the size of the denominator, with 95 % and 99.8 % limits around Sweden's value."));

        html.element("h3", ctx.t("Skydd för små tal", "Small-number protection"));
        html.element("p", ctx.t(String.format(PROTECTION_SV, threshold - 1, threshold, PROTECTION_LEVEL),
                String.format(PROTECTION_EN, threshold - 1, threshold, PROTECTION_LEVEL)));

        html.element("h3", ctx.t("Om rapporten", "About the report"));
        html.element("p", ctx.t("Skapad ", "Created ") + PlainText.clean(ctx.facts().model().created())
                + ctx.t(" med vinr ", " with vinr ") + PlainText.clean(ctx.facts().model().toolVersion())
                + ctx.t(". Uppgifterna är pseudonymiserade; inga personuppgifter finns i rapporten.",
                ". The data are pseudonymised; the report holds no personal data."), "class", "note");
        html.close("section").newline();
    }

    private String polarity(Polarity polarity) {
        return switch (polarity == null ? Polarity.NEITHER : polarity) {
            case HIGHER_IS_BETTER -> ctx.t("högre är bättre", "higher is better");
            case LOWER_IS_BETTER -> ctx.t("lägre är bättre", "lower is better");
            case NEITHER -> ctx.t("ingen given riktning", "no given direction");
        };
    }
}
