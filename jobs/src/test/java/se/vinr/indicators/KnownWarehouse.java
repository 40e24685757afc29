package se.vinr.indicators;

import static se.vinr.indicators.TestWarehouse.ageBand;
import static se.vinr.indicators.TestWarehouse.values;

import java.sql.SQLException;
import java.util.Set;

/**
 * A small hand-made warehouse of two municipalities on which every indicator query runs together
 * ({@code IndicatorQueriesTest}, {@code RequiredBreakdownsTest}, {@code DenominatorBasisTest}); each
 * indicator's own figures are worked out in its {@code sql/indicators/<id>.test.yml}. Härnösand {@code 2280} has two
 * loaded half-years, 2025H2 and 2026H1; Askersund {@code 1882} has 2026H1 with a few cases only.
 * Pseudonyms are readable stand-ins: cases C…, persons P…, employees E….
 */
final class KnownWarehouse {

    static final String HARNOSAND = "2280";
    static final String ASKERSUND = "1882";

    private KnownWarehouse() {
    }

    static TestWarehouse build() throws SQLException {
        TestWarehouse w = TestWarehouse.create();
        w.period(HARNOSAND, "2025H2");
        w.period(HARNOSAND, "2026H1");
        w.period(ASKERSUND, "2026H1");
        cases(w);
        assessments(w);
        interventions(w);
        contacts(w);
        training(w);
        population(w);
        return w;
    }

    private static void cases(TestWarehouse w) throws SQLException {
        // C1: a new case in 2026H1 with a victim, a perpetrator and a child witness.
        caseRow(w, HARNOSAND, "C1", "P1", "victim", "2026-02-01", null, "K", 30, "physical|psychological",
                Set.of("disability"));
        caseRow(w, HARNOSAND, "C1", "P2", "perpetrator", "2026-02-01", null, "M", 35, "physical|psychological");
        caseRow(w, HARNOSAND, "C1", "P3", "child_witness", "2026-02-01", null, "K", 8, "physical|psychological");
        // Opened before 2026H1 and closed inside it: active in 2026H1, not new there.
        caseRow(w, HARNOSAND, "C2", "P4", "victim", "2025-10-01", "2026-03-15", "K", 39, "physical");
        // Closed before 2026H1: new and active in 2025H2 only.
        caseRow(w, HARNOSAND, "C3", "P5", "victim", "2025-09-01", "2025-12-20", "K", 55, "psychological");
        // P6 is a victim in C4 and a perpetrator in C5 and C20: one person with two roles.
        caseRow(w, HARNOSAND, "C4", "P6", "victim", "2026-03-10", null, "M", 70, "honour|forced_marriage",
                Set.of("lgbtq", "foreign_background"));
        caseRow(w, HARNOSAND, "C5", "P6", "perpetrator", "2026-04-01", null, "M", 70, "physical");
        caseRow(w, HARNOSAND, "C20", "P6", "perpetrator", "2025-12-15", null, "M", 70, "physical");
        caseRow(w, HARNOSAND, "C6", "P7", "child_victim", "2026-05-05", null, "M", 12, "neglect");
        // P8, a victim aged 17, opened on the period's last day, twice on the same day.
        caseRow(w, HARNOSAND, "C7", "P8", "victim", "2026-06-30", null, "K", 17, "sexual|fgm");
        caseRow(w, HARNOSAND, "C21", "P8", "victim", "2026-06-30", null, "K", 17, null);
        // P1's earlier case, six months before C1.
        caseRow(w, HARNOSAND, "C8", "P1", "victim", "2025-08-01", "2025-11-30", "K", 29, "physical");
        caseRow(w, HARNOSAND, "C10", "P4", "victim", "2026-04-20", null, "K", 40, "physical");
        // P9 (sex X): an earlier case 22 months before the new one.
        caseRow(w, HARNOSAND, "C11", "P9", "victim", "2024-03-01", "2024-06-01", "X", 48, "psychological");
        caseRow(w, HARNOSAND, "C12", "P9", "victim", "2026-01-10", null, "X", 50, "psychological|economic");
        // C13 opened in 2025H2; a child witness added to it in 2026H1 is a new person, not a new case.
        caseRow(w, HARNOSAND, "C13", "P10", "victim", "2025-11-01", null, "K", 33, "physical");
        caseRow(w, HARNOSAND, "C13", "P11", "child_witness", "2026-02-15", null, "M", 6, "latent");
        // P12: a child-victim case exactly twelve months before the new victim case, at 18.
        caseRow(w, HARNOSAND, "C14", "P12", "victim", "2026-03-01", null, "K", 18, "physical",
                Set.of("foreign_background"));
        caseRow(w, HARNOSAND, "C15", "P12", "child_victim", "2025-03-01", "2025-05-01", "K", 17, "physical");
        // P13: perpetrator in C17 (closed on 2026H1's first day), then two victim cases in 2026H1 whose
        // openings fall in different age bands (44, then 45).
        caseRow(w, HARNOSAND, "C17", "P13", "perpetrator", "2025-12-01", "2026-01-01", "M", 44, "physical");
        caseRow(w, HARNOSAND, "C16", "P13", "victim", "2026-02-20", null, "M", 44, null);
        caseRow(w, HARNOSAND, "C18", "P13", "victim", "2026-05-01", null, "M", 45, "psychological");

        caseRow(w, ASKERSUND, "Q1", "R1", "victim", "2026-03-01", null, "K", 40, "physical");
        caseRow(w, ASKERSUND, "Q2", "R2", "victim", "2026-04-01", null, "M", 22, "psychological");
        caseRow(w, ASKERSUND, "Q1", "R3", "perpetrator", "2026-03-01", null, "M", 41, "physical");
    }

    private static void assessments(TestWarehouse w) throws SQLException {
        assessment(w, "A1", "C1", "P1", "FREDA_KORTFRAGOR", "2026-02-11");  // 10 days: the first for (C1, P1)
        assessment(w, "A2", "C1", "P1", "FREDA_FARLIGHET", "2026-03-01");   // a second one: not used for days
        assessment(w, "A3", "C4", "P6", "SARA_SV", "2026-03-05");           // before C4 was opened
        assessment(w, "A4", "C6", "P7", "PATRIARK", "2026-05-25");          // 20 days
        assessment(w, "A5", "C10", "P4", "FREDA_KORTFRAGOR", "2026-07-03"); // after 2026H1
        assessment(w, "A6", "C12", "P9", "SAM", "2026-01-15");              // 5 days
        assessment(w, "A7", "C2", "P4", "OTHER", "2025-10-05");             // 4 days, in 2025H2
        assessment(w, "A8", "C14", "P99", "FREDA_BESKRIVNING", "2026-03-02"); // same case, another person
        assessment(w, "A9", "C16", "P13", "FREDA_KORTFRAGOR", "2026-02-20"); // 0 days: on the opening day
    }

    private static void interventions(TestWarehouse w) throws SQLException {
        intervention(w, "I1", "C1", "P1", "support_talks", "2026-02-15");
        intervention(w, "I2", "C1", "P3", "child_support", "2026-03-01");
        intervention(w, "I3", "C1", "P2", "perpetrator_programme", "2026-03-10");
        intervention(w, "I4", "C5", "P6", "perpetrator_programme", "2026-07-10"); // after 2026H1
        intervention(w, "I5", "C2", "P4", "protected_housing", "2025-11-01");
        intervention(w, "I6", "C4", "P6", "protected_housing", "2026-03-12");
        intervention(w, "I7", "C10", "P4", "financial_aid", "2026-05-01");
        intervention(w, "I8", "C13", "P11", "other", "2026-02-20");
        intervention(w, "I9", "C20", "P6", "perpetrator_programme", "2026-01-20"); // on P6's older case
    }

    private static void contacts(TestWarehouse w) throws SQLException {
        contact(w, "K1", "2026-01-05", "IFO vuxen", true, true, "C1");
        contact(w, "K2", "2026-02-10", "IFO vuxen", true, false, null);
        contact(w, "K3", "2026-03-01", "IFO vuxen", false, true, null); // disclosed without being asked
        contact(w, "K4", "2026-04-01", "Biståndsenheten", true, null, null);
        contact(w, "K5", "2026-06-30", "Biståndsenheten", false, false, null);
        contact(w, "K6", "2025-12-31", "IFO vuxen", true, true, "C13");
        contact(w, "K7", "2026-05-01", "IFO barn", true, true, null);
        contact(w, "K8", "2025-08-01", "Mottagningen", false, null, null); // a unit seen in 2025H2 only
    }

    private static void training(TestWarehouse w) throws SQLException {
        course(w, "E1", "Socialförvaltningen", "employee", "basic", "2025-09-01"); // before 2026H1
        course(w, "E2", "Socialförvaltningen", "manager", "basic", "2026-02-01");
        course(w, "E3", "Skolförvaltningen", "employee", "basic", "2026-03-01");
        course(w, "E3", "Skolförvaltningen", "employee", "basic", "2026-05-01"); // the same person again
        course(w, "E4", "Socialförvaltningen", "employee", "advanced", "2026-04-01");
        course(w, "E5", "Politik", "elected", "elected_day", "2026-01-20");
        course(w, "E6", "Socialförvaltningen", "employee", "elected_day", "2026-02-02"); // not an elected person
        course(w, "E7", "Politik", "elected", "basic", "2026-03-03");                  // not staff
        course(w, "E8", "Kultur", "employee", "basic", "2026-07-05");                   // after 2026H1
        course(w, "E9", "Socialförvaltningen", "employee", "knowledge_day", "2026-06-30");
        course(w, "E10", "Kultur", "employee", "basic", "2025-10-10");
        course(w, "E1", "Skolförvaltningen", "employee", "basic", "2026-04-15"); // E1 moved department

        headcount(w, "2026H1", "Socialförvaltningen", "IFO", "employee", 10);
        headcount(w, "2026H1", "Socialförvaltningen", "IFO", "manager", 2);
        headcount(w, "2026H1", "Skolförvaltningen", "Skola", "employee", 20);
        headcount(w, "2026H1", "Politik", "KF", "elected", 15);
        headcount(w, "2025H2", "Socialförvaltningen", "IFO", "employee", 8);
        headcount(w, "2025H2", "Kultur", "Bibliotek", "employee", 5);
        headcount(w, "2025H2", "Politik", "KF", "elected", 15);
    }

    private static void population(TestWarehouse w) throws SQLException {
        // Härnösand: only the derived 0-19 / 20+ for the years up to 2026, as in the seeds.
        w.population(HARNOSAND, 2021, "T", "total", 25_000);
        w.population(HARNOSAND, 2021, "T", "0-19", 5_000);
        w.population(HARNOSAND, 2021, "T", "20+", 20_000);
        w.population(HARNOSAND, 2017, "T", "20+", 19_000);
        w.population(HARNOSAND, 2027, "T", "18+", 99_999);  // a later year: never used for 2025-2026
        w.population(HARNOSAND, 2027, "T", "20+", 88_888);
        // Askersund: 18+ by sex imported from SCB, next to the older derived 20+.
        w.population(ASKERSUND, 2024, "T", "18+", 9_000);
        w.population(ASKERSUND, 2021, "T", "20+", 8_500);
        w.population(ASKERSUND, 2024, "K", "18+", 4_400);
        w.population(ASKERSUND, 2024, "M", "18+", 4_600);
        w.population(ASKERSUND, 2025, "K", "20+", 4_000);
        w.population(ASKERSUND, 2021, "T", "0-19", 2_000);
    }

    private static void caseRow(TestWarehouse w, String municipality, String caseId, String person, String role,
                                String opened, String closed, String sex, int age, String types) throws SQLException {
        caseRow(w, municipality, caseId, person, role, opened, closed, sex, age, types, Set.of());
    }

    private static void caseRow(TestWarehouse w, String municipality, String caseId, String person, String role,
                                String opened, String closed, String sex, int age, String types, Set<String> flags)
            throws SQLException {
        w.insert("core.cases", values("municipality", municipality, "period", "2026H1", "case_id", caseId,
                "person_id", person, "role", role, "unit", "IFO vuxen", "opened", opened, "closed", closed,
                "sex", sex, "violence_types", types, "relation", "partner",
                "disability", flags.contains("disability") ? Boolean.TRUE : null,
                "lgbtq", flags.contains("lgbtq"),
                "foreign_background", flags.contains("foreign_background") ? Boolean.TRUE : null,
                "age", age, "age_band", ageBand(age)));
    }

    private static void assessment(TestWarehouse w, String id, String caseId, String person, String method,
                                   String date) throws SQLException {
        w.insert("core.risk_assessments", values("municipality", HARNOSAND, "period", "2026H1", "assessment_id", id,
                "case_id", caseId, "person_id", person, "method", method, "assessed_on", date, "risk_level", "high"));
    }

    private static void intervention(TestWarehouse w, String id, String caseId, String person, String type,
                                     String start) throws SQLException {
        w.insert("core.interventions", values("municipality", HARNOSAND, "period", "2026H1", "intervention_id", id,
                "case_id", caseId, "person_id", person, "type", type, "start", start));
    }

    private static void contact(TestWarehouse w, String id, String date, String unit, boolean asked, Boolean disclosed,
                                String caseId) throws SQLException {
        w.insert("core.contacts", values("municipality", HARNOSAND, "period", "2026H1", "contact_id", id,
                "person_id", "P-" + id, "unit", unit, "contact_date", date, "asked", asked, "disclosed", disclosed,
                "case_id", caseId));
    }

    private static void course(TestWarehouse w, String employee, String department, String role, String course,
                               String date) throws SQLException {
        w.insert("core.training", values("municipality", HARNOSAND, "period", "2026H1", "employee_id", employee,
                "department", department, "unit", department, "role", role, "course", course, "completed_on", date));
    }

    private static void headcount(TestWarehouse w, String period, String department, String unit, String role,
                                  long headcount) throws SQLException {
        w.insert("core.headcount", values("municipality", HARNOSAND, "period", period, "department", department,
                "unit", unit, "role", role, "headcount", headcount));
    }
}
