package se.vinr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.vinr.extract.RejectReason;

class PlanStatusValidatorTest {

    private final PlanStatusValidator validator =
            new PlanStatusValidator(PlanFixtures.loader().load(PlanFixtures.HARNOSAND));

    @Test
    void acceptsTheStatusOfAnActivityOfThePlan() {
        PlanStatuses statuses = validator.validate(List.of(row(2, "D2.A2", "done", null, "Genomfört i maj")));

        assertThat(statuses.rejects()).isEmpty();
        assertThat(statuses.activities()).containsExactly(
                new ReportedActivity("D2.A2", ActivityStatus.DONE, "Genomfört i maj"));
        assertThat(statuses.values()).isEmpty();
    }

    @Test
    void rejectsAnActivityThePlanDoesNotHaveAsAnUnknownCode() {
        PlanStatuses statuses = validator.validate(List.of(
                row(2, "D1.A1", "ongoing", null, null),
                row(3, "D9.A1", "done", null, null)));

        assertThat(statuses.activities()).extracting(ReportedActivity::activityId).containsExactly("D1.A1");
        assertThat(statuses.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.field()).isEqualTo("activity_id");
            assertThat(r.reason()).isEqualTo(RejectReason.UNKNOWN_CODE);
            assertThat(r.reason().code()).isEqualTo("unknown_code");
            assertThat(r.message()).isEqualTo(
                    "'D9.A1' is neither an activity nor a hand-reported indicator of the action plan for municipality 2280");
        });
    }

    @Test
    void takesTheValueOfAManualIndicatorFromARowUnderItsId() {
        PlanStatuses statuses = validator.validate(List.of(row(2, "D1.I2", "done", 1250.0, "Besök på sidan")));

        assertThat(statuses.rejects()).isEmpty();
        assertThat(statuses.values()).containsExactly(new ReportedValue("D1.I2", 1250.0, "Besök på sidan"));
        assertThat(statuses.activities()).isEmpty();
    }

    @Test
    void acceptsATextIndicatorAnsweredByItsCommentAlone() {
        PlanStatuses statuses = validator.validate(List.of(row(2, "D1.I3", "done", null, "Sidan uppdaterad i mars")));

        assertThat(statuses.values()).containsExactly(new ReportedValue("D1.I3", null, "Sidan uppdaterad i mars"));
    }

    @Test
    void rejectsAManualCountWithoutAValue() {
        PlanStatuses statuses = validator.validate(List.of(row(4, "D1.I2", "done", null, "glömde siffran")));

        assertThat(statuses.rejects()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("value");
            assertThat(r.reason()).isEqualTo(RejectReason.MISSING_REQUIRED);
        });
    }

    @Test
    void rejectsAValueForAnIndicatorComputedFromTheData() {
        PlanStatuses statuses = validator.validate(List.of(row(2, "D3.I3", "done", 40.0, null)));

        assertThat(statuses.values()).isEmpty();
        assertThat(statuses.rejects()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.UNKNOWN_CODE);
            assertThat(r.message()).contains("computed from the data (new_cases)");
        });
    }

    @Test
    void rejectsAStatusOutsideTheCodeList() {
        PlanStatuses statuses = validator.validate(List.of(row(2, "D1.A1", "klar", null, null)));

        assertThat(statuses.rejects()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("status");
            assertThat(r.reason()).isEqualTo(RejectReason.UNKNOWN_CODE);
        });
    }

    @Test
    void rejectsARowWithoutAnId() {
        PlanStatuses statuses = validator.validate(List.of(row(2, " ", "done", null, null)));

        assertThat(statuses.rejects()).extracting(PlanStatusReject::reason).containsExactly(RejectReason.MISSING_REQUIRED);
    }

    @Test
    void keepsTheFirstRowOfAnIdReportedTwice() {
        PlanStatuses statuses = validator.validate(List.of(
                row(2, "D1.A1", "ongoing", null, null),
                row(3, "D1.A1", "done", null, null)));

        assertThat(statuses.activities()).containsExactly(new ReportedActivity("D1.A1", ActivityStatus.ONGOING, null));
        assertThat(statuses.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo(RejectReason.DUPLICATE_ID);
        });
    }

    @Test
    void aRejectedRowClaimsNoId() {
        PlanStatuses statuses = validator.validate(List.of(
                row(2, "D1.A1", "klar", null, null),
                row(3, "D1.A1", "done", null, null)));

        assertThat(statuses.activities()).containsExactly(new ReportedActivity("D1.A1", ActivityStatus.DONE, null));
        assertThat(statuses.rejects()).extracting(PlanStatusReject::line).containsExactly(2L);
    }

    private static PlanStatusRow row(long line, String id, String status, Double value, String comment) {
        return new PlanStatusRow(line, id, status, value, comment);
    }
}
