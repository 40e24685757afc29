package se.vinr.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.vinr.core.MunicipalityCode;

/**
 * A municipality's action plan against violence in close relationships, as written in a
 * {@code seeds/plans/*.yaml} file (format version 1, described in {@code seeds/plans/README.md}).
 * Optional texts are null when the file leaves them out; optional lists are empty.
 */
public record ActionPlan(int formatVersion, MunicipalityCode municipality, String title, LocalDate validFrom,
                         LocalDate validTo, String source, String vision, String visionTitle, String visionNote,
                         String overallGoal, String purpose, String scope, List<String> targetGroups,
                         List<String> vulnerableGroups, String followUp, FollowUpFrequency followUpFrequency,
                         List<SubGoal> subGoals) {

    public ActionPlan {
        targetGroups = List.copyOf(targetGroups);
        vulnerableGroups = List.copyOf(vulnerableGroups);
        subGoals = List.copyOf(subGoals);
    }

    /** Every activity of the plan, in the order of the file. */
    public List<Activity> activities() {
        return subGoals.stream().flatMap(g -> g.activities().stream()).toList();
    }

    /** Every indicator of the plan, in the order of the file. */
    public List<Indicator> indicators() {
        return subGoals.stream().flatMap(g -> g.indicators().stream()).toList();
    }

    public Optional<Activity> activity(String id) {
        return activities().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Indicator> indicator(String id) {
        return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** A delmål, or one of the plan's numbered areas. */
    public record SubGoal(String id, String title, String description, List<Activity> activities,
                          String indicatorsHeading, List<Indicator> indicators) {
        public SubGoal {
            activities = List.copyOf(activities);
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * @param starts first day, or null
     * @param due deadline, or null when the plan gives none
     * @param recurring followed up every period; never overdue
     * @param timesPerYear how often a recurring activity runs, or null when the plan does not say
     * @param measuredBy catalogue ids of computed indicators shown beside the activity
     */
    public record Activity(String id, String text, String action, String responsible, String timeFrame,
                           LocalDate starts, LocalDate due, boolean recurring, Integer timesPerYear,
                           List<String> measuredBy) {
        public Activity {
            measuredBy = List.copyOf(measuredBy);
        }
    }

    /**
     * @param computed the catalogue id when the indicator is computed from the case data, else null
     * @param unit required for a manual indicator; null for a computed one unless the file gives it
     */
    public record Indicator(String id, String title, String planText, String computed, IndicatorUnit unit,
                            String note) {

        /** Reported by hand each period rather than computed from the data. */
        public boolean isManual() {
            return computed == null;
        }
    }
}
