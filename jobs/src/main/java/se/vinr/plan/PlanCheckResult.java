package se.vinr.plan;

import java.util.List;
import java.util.function.Function;

import se.vinr.reports.model.Language;

/**
 * A plan that passed validation, with its indicators sorted by where their values will come from.
 *
 * @param computable computed indicators whose catalogue indicator has data loaded
 * @param awaitingData computed indicators whose catalogue indicator has no data loaded yet
 * @param manual indicators to be reported by hand in {@code plan_status.csv}
 */
public record PlanCheckResult(String file, ActionPlan plan, List<ActionPlan.Indicator> computable,
                              List<ActionPlan.Indicator> awaitingData, List<ActionPlan.Indicator> manual) {

    public PlanCheckResult {
        computable = List.copyOf(computable);
        awaitingData = List.copyOf(awaitingData);
        manual = List.copyOf(manual);
    }

    /** The text {@code vinr plan check} prints, one line per indicator. */
    public String format(Language language) {
        boolean sv = language == Language.SV;
        int computed = computable.size() + awaitingData.size();
        StringBuilder out = new StringBuilder();
        out.append(sv ? "Handlingsplanen " + file + " är giltig: \"" + plan.title() + "\", kommun " + plan.municipality()
                        : "The action plan " + file + " is valid: \"" + plan.title() + "\", municipality "
                        + plan.municipality())
                .append(".\n");
        out.append(plan.subGoals().size()).append(sv ? " delmål, " : " sub-goals, ")
                .append(plan.activities().size()).append(sv ? " aktiviteter, " : " activities, ")
                .append(plan.indicators().size()).append(sv ? " indikatorer" : " indicators");
        if (plan.indicators().isEmpty()) {
            out.append(sv ? ". Planen har inga egna indikatorer.\n" : ". The plan defines no indicators of its own.\n");
            return out.toString();
        }
        out.append(sv ? " (" + computed + " beräknas ur data, " + manual.size() + " rapporteras för hand).\n"
                : " (" + computed + " computed from data, " + manual.size() + " reported by hand).\n");
        section(out, sv ? "Kan beräknas ur de data som är inlästa" : "Computable from the data loaded so far",
                computable, ActionPlan.Indicator::computed);
        section(out, sv ? "Beräknas ur data, men inga data är inlästa ännu" : "Computed from data, but none loaded yet",
                awaitingData, ActionPlan.Indicator::computed);
        section(out, sv ? "Rapporteras för hand i plan_status.csv (kolumnen activity_id = indikatorns id, value = värdet)"
                        : "To be reported by hand in plan_status.csv (activity_id = the indicator's id, value = the value)",
                manual, i -> unitLabel(i.unit(), sv));
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, List<ActionPlan.Indicator> indicators,
                                Function<ActionPlan.Indicator, String> detail) {
        if (indicators.isEmpty()) {
            return;
        }
        out.append('\n').append(heading).append(" (").append(indicators.size()).append("):\n");
        for (ActionPlan.Indicator i : indicators) {
            out.append("  ").append(i.id()).append("  [").append(detail.apply(i)).append("]  ").append(i.title())
                    .append('\n');
        }
    }

    private static String unitLabel(IndicatorUnit unit, boolean sv) {
        return switch (unit) {
            case COUNT -> sv ? "antal" : "count";
            case PERCENT -> sv ? "procent" : "percent";
            case PER_10000 -> sv ? "per 10 000" : "per 10,000";
            case RATIO -> sv ? "kvot" : "ratio";
            case DAYS -> sv ? "dagar" : "days";
            case TEXT -> sv ? "text" : "text";
        };
    }
}
