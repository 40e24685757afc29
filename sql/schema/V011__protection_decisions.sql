-- V011: small-number protection decisions already taken, by what they were taken on.
--
-- Purpose: a protection decision for a half-year depends only on the rules' code, the threshold and
--          protection level, the catalogue's counts and links, the exact rows of that half-year and of
--          every earlier one, and the cells earlier publications require hidden
--          (se.vinr.publish.protection.PublicationProtection digests all of it, SHA-256, chained over
--          the half-years). Taking it again gives the same decision, so each report looks up the
--          decisions of the earlier half-years it shows instead of running the attacker's audit
--          again. A changed row, rule or setting gives another digest, and the decision is taken afresh.
-- Inputs:  written by se.vinr.publish.WarehouseDecisionMemo during `vinr publish`.
-- Outputs: core.protection_decisions: per digest, one row per hidden cell (its reason), per count
--          reported unprotectable, and one row with an empty cell_id marking the decision as taken.
--
-- Internal, like the rest of core: a reason of PRIMARY tells that a count is small, which only the
-- exact data in core may tell. Nothing here is published.

CREATE TABLE IF NOT EXISTS core.protection_decisions (
    digest        VARCHAR NOT NULL,  -- SHA-256, hex, of everything the decision rests on
    cell_id       VARCHAR NOT NULL,  -- PublicationProtection.CellIds; '' marks the decision as taken
    reason        VARCHAR,           -- SuppressionReason of a hidden cell; NULL on the other rows
    unprotectable BOOLEAN NOT NULL   -- a small count earlier publications already gave away
);
