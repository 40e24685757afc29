package se.vinr.reports.html;

import java.util.ArrayList;
import java.util.List;

import se.vinr.reports.findings.TestCount;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.Polarity;
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
            + "andelar följer samma regel. Visar rapporten ett tidigare halvår igen och har ett antal ändrats sedan det "
            + "först publicerades (till exempel ett sent registrerat ärende), gäller en regel: ett antal som var dolt "
            + "förblir dolt; ett oförändrat antal visas som förut; en ändring på %2$d eller mer visas med det nya, "
            + "reviderade värdet; en mindre ändring döljs, eftersom skillnaden mot det tidigare publicerade talet annars skulle "
            + "avslöja en liten grupp, och summorna runt det skyddas som för ett litet antal.";
    static final String PROTECTION_EN = "Counts from 1 to %1$d are never shown, nor shares, rates or intervals built on "
            + "them. They appear as “..” (hidden, fewer than %2$d) and as gaps in the charts, never as zero. Zero is "
            + "shown. Before the report is published it is tested as an attacker would test it: every figure shown, "
            + "sums in both directions, links between indicators, the rise of cumulative figures and earlier "
            + "half-years become equations, and each hidden count's possible values are computed (a hidden count is "
            + "at least 1 since zeros are shown, a share at most 100 %%). No hidden count may be computable exactly, "
            + "and a hidden small count must be able to take at least %3$d values. Otherwise more figures are hidden, "
            + "the smallest first, and the test is repeated. Rejected rows in the data-quality section and other "
            + "municipalities' shares follow the same rule. When the report shows an earlier half-year again and a count "
            + "has changed since it was first published (a late-registered case, say), one rule applies: a count that "
            + "was hidden stays hidden; an unchanged count is shown as before; a change of %2$d or more is shown with the new, "
            + "revised value; a smaller change is hidden, since its difference from the figure published before would "
            + "reveal a small group, and the sums around it are protected as for a small count.";

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
        // Each indicator as a few sentences (what it measures, how it is counted, its good direction and goal):
        // a seven-column table of definitions does not read on a phone, and prose reads aloud.
        html.open("dl", "class", "definitions");
        for (IndicatorDefinition d : ctx.facts().definitions()) {
            html.element("dt", ctx.title(d));
            StringBuilder text = new StringBuilder(sentence(PlainText.clean(d.description(ctx.words().language()))));
            String numerator = PlainText.clean(d.numeratorDefinition());
            String denominator = PlainText.clean(d.denominatorDefinition());
            if (!numerator.isEmpty()) {
                text.append(' ').append(ctx.t("Räknas som: ", "Counted as: ")).append(sentence(numerator));
            }
            if (!denominator.isEmpty()) {
                text.append(' ').append(ctx.t("Delas med: ", "Divided by: ")).append(sentence(denominator));
            }
            text.append(' ').append(ctx.t("Enhet: ", "Unit: ")).append(ctx.numbers().unitName(d.unit())).append(". ")
                    .append(polarity(d.polarity())).append('.');
            if (d.goal() != null) {
                text.append(ctx.t(" Handlingsplanens mål är ", " The action plan's goal is "))
                        .append(ctx.numbers().compact(d.goal(), d.unit())).append('.');
            }
            html.element("dd", text.toString().strip());
        }
        html.close("dl");

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
                        + "som testet visar beskrivs som större än slumpen kan förklara. Ingen förändring prövas över ett "
                        + "seriebrott, och trender och styrgränser bygger bara på den senaste obrutna serien: ett seriebrott "
                        + "eller ett halvår som saknas bryter serien. Antal som räknar samma personer i flera halvår "
                        + "(pågående ärenden) och andelar som ackumuleras (utbildningstäckning) prövas inte alls, eftersom "
                        + "testerna förutsätter att varje halvår är nya, oberoende tal.",
                "Changes since the previous half-year and since the same half-year a year earlier are tested; only a change "
                        + "the test shows is described as larger than chance can explain. No change is tested across a "
                        + "series break, and trends and control limits use only the latest unbroken run: a series break or "
                        + "a missing half-year ends it. Counts of the same persons over several half-years (active cases) "
                        + "and cumulative shares (training coverage) are not tested at all, since the tests assume each "
                        + "half-year's figure is new and independent."));
        html.element("p", TestCount.of(ctx.facts()).sentence(ctx.words()));
        html.element("p", ctx.t("Styrdiagrammen (p-diagram för andelar, u-diagram för antal och antal per invånare) följer NHS "
                        + "Englands Making Data Count: medellinjen och gränserna på tre standardavvikelser beräknas från "
                        + "minst sex halvår före det senaste i den senaste obrutna serien (Making Data Count råder 15–20 "
                        + "punkter för att skatta spridningen; i ett p- eller u-diagram följer spridningen av medelvärdet, "
                        + "och 15 halvår skulle vara längre än serierna mellan två regeländringar). Ett halvår är en "
                        + "särskild orsak när det ligger utanför gränserna, ingår i sju halvår i rad på samma sida om "
                        + "medellinjen eller sju i rad som stiger eller sjunker, eller är ett av två av tre halvår bortom två "
                        + "standardavvikelser på samma sida. Blått betyder förbättring, orange försämring, lila en särskild "
                        + "orsak där indikatorn saknar given riktning och grått vanlig variation. Trattdiagram visar "
                        + "kommunen bland andra kommuner mot nämnarens storlek, med gränser för 95 % och 99,8 % kring "
                        + "rikets värde.",
                "Control charts (p-charts for shares, u-charts for counts and rates per inhabitant) follow NHS England's "
                        + "Making Data Count: the centre line and limits at three standard deviations come from at least six "
                        + "half-years before the latest in the latest unbroken run (Making Data Count advises 15–20 points to "
                        + "estimate the spread; in a p- or u-chart the spread follows from the centre, and 15 half-years "
                        + "would outlast the series between two rule changes). A half-year is a special cause when it lies "
                        + "beyond the limits, belongs to seven in a row on one side of the centre or seven in a row rising "
                        + "or falling, or is one of two of three half-years beyond two standard deviations on the same side. "
                        + "Blue means improvement, orange concern, purple a special cause where the indicator has no given "
                        + "direction, and grey common cause variation. Funnel plots show the municipality among others "
                        + "against the size of the denominator, with 95 % and 99.8 % limits around Sweden's value."));

        html.element("h3", ctx.t("Skydd för små tal", "Small-number protection"));
        html.element("p", ctx.t(String.format(PROTECTION_SV, threshold - 1, threshold, PROTECTION_LEVEL),
                String.format(PROTECTION_EN, threshold - 1, threshold, PROTECTION_LEVEL)));

        html.element("h3", ctx.t("Om rapporten", "About the report"));
        html.element("p", ctx.t("Skapad ", "Created ") + ctx.vocabulary().date(ctx.facts().model().created())
                + ctx.t(" med vinr ", " with vinr ") + PlainText.clean(ctx.facts().model().toolVersion())
                + ctx.t(". Uppgifterna är pseudonymiserade; inga personuppgifter finns i rapporten.",
                ". The data are pseudonymised; the report holds no personal data."), "class", "note");
        html.close("section").newline();
    }

    /** Text ending in a full stop, with a capital first letter. */
    private String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return "";
        }
        t = t.substring(0, 1).toUpperCase(ctx.words().locale()) + t.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }

    private String polarity(Polarity polarity) {
        return switch (polarity == null ? Polarity.NEITHER : polarity) {
            case HIGHER_IS_BETTER -> ctx.t("Ett högre värde är bättre", "A higher value is better");
            case LOWER_IS_BETTER -> ctx.t("Ett lägre värde är bättre", "A lower value is better");
            case NEITHER -> ctx.t("Varken högre eller lägre är i sig bättre", "Neither higher nor lower is better in itself");
        };
    }
}
