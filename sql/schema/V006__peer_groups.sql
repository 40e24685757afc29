-- V006: Kolada's municipality groups as peer groups, and reference rates by age band.
--
-- Purpose: compare a municipality with the groups Kolada files it in ("Liknande kommuner …"), and
--          hold national rates per age band and sex, from which the report computes the count a
--          municipality would have at those rates (indirect standardisation).
-- Inputs:  Kolada's /v2/municipality_groups response (KoladaGroupsImporter through ReferenceStore);
--          ref.national_figures as V003 (and any later migration) left it.
-- Outputs: ref.peer_groups; ref.national_figures with the column age_group in its primary key.
--
-- ref.peer_groups: one row per group and member. A later import of a group replaces its members.
-- Data for a group is filed in ref.national_figures under area 'kolada:<group id>' (Kolada's value
-- for a group is the unweighted mean of its members' values).
CREATE TABLE ref.peer_groups (
    group_id          VARCHAR NOT NULL,
    title             VARCHAR NOT NULL,
    municipality_code VARCHAR NOT NULL,
    import_id         BIGINT NOT NULL,
    PRIMARY KEY (group_id, municipality_code)
);

-- age_group: 'total' (every figure before this migration, and any source that gives no age), or one
-- of the contract's bands '0-17' '18-24' '25-44' '45-64' '65-79' '80+'.
-- DuckDB cannot change a primary key in place: the table is copied as it is (so columns that other
-- migrations added stay), the copy takes the old one's place, and the constraints are set again.
ALTER TABLE ref.national_figures ADD COLUMN age_group VARCHAR NOT NULL DEFAULT 'total';
CREATE TABLE ref.national_figures_v006 AS SELECT * FROM ref.national_figures;
DROP TABLE ref.national_figures;
ALTER TABLE ref.national_figures_v006 RENAME TO national_figures;
ALTER TABLE ref.national_figures ALTER COLUMN indicator SET NOT NULL;
ALTER TABLE ref.national_figures ALTER COLUMN area SET NOT NULL;
ALTER TABLE ref.national_figures ALTER COLUMN year SET NOT NULL;
ALTER TABLE ref.national_figures ALTER COLUMN sex SET NOT NULL;
ALTER TABLE ref.national_figures ALTER COLUMN source SET NOT NULL;
ALTER TABLE ref.national_figures ALTER COLUMN import_id SET NOT NULL;
ALTER TABLE ref.national_figures ALTER COLUMN age_group SET NOT NULL;
ALTER TABLE ref.national_figures ALTER COLUMN age_group SET DEFAULT 'total';
ALTER TABLE ref.national_figures ADD PRIMARY KEY (indicator, area, year, sex, age_group);
