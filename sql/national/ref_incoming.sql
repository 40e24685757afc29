-- Temporary tables that receive one import's values before they are merged into ref.
-- Inputs:  ref.national_figures, ref.population, ref.peer_groups (their columns, not their rows).
-- Outputs: temp tables incoming_figures, incoming_population and incoming_peer_groups
--          (this connection only).
-- Each has its ref table's columns in the same order without import_id, so the appender fills them
-- by position and a column a migration adds to ref reaches them without a second definition. NOT
-- NULL is not copied: the merge into ref, whose columns carry it, refuses a missing value.
CREATE OR REPLACE TEMP TABLE incoming_figures AS
    SELECT * EXCLUDE (import_id) FROM ref.national_figures WITH NO DATA;
CREATE OR REPLACE TEMP TABLE incoming_population AS
    SELECT * EXCLUDE (import_id) FROM ref.population WITH NO DATA;
CREATE OR REPLACE TEMP TABLE incoming_peer_groups AS
    SELECT * EXCLUDE (import_id) FROM ref.peer_groups WITH NO DATA;
