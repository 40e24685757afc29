package se.vinr.plan;

import se.vinr.extract.RejectReason;

/** A {@code plan_status.csv} row that does not fit the plan, with the contract's reason code. */
public record PlanStatusReject(long line, String field, RejectReason reason, String message) {
}
