package se.vinr.reports.facts;

/**
 * The indicator ids (docs/contract.md#5a-indicators) the report draws dedicated charts for. Any other indicator
 * in the model still appears in the tables, the spine chart, the funnel plots and the main points.
 */
public final class IndicatorIds {

    public static final String NEW_CASES = "new_cases";
    public static final String ACTIVE_CASES = "active_cases";
    public static final String NEW_VICTIMS_RATE = "new_victims_rate";
    public static final String NEW_CHILDREN_RATE = "new_children_rate";
    public static final String SCREENING_RATE = "screening_rate";
    public static final String DISCLOSURE_RATE = "disclosure_rate";
    public static final String RISK_ASSESSED_SHARE = "risk_assessed_share";
    public static final String DAYS_TO_RISK_ASSESSMENT = "days_to_risk_assessment";
    public static final String RISK_ASSESSMENTS = "risk_assessments";
    public static final String INTERVENTIONS = "interventions";
    public static final String TRAINING_BASIC_COVERAGE = "training_basic_coverage";
    public static final String ELECTED_TRAINED_SHARE = "elected_trained_share";
    public static final String NEW_CASES_VULNERABLE_GROUPS = "new_cases_vulnerable_groups";

    private IndicatorIds() {
    }
}
