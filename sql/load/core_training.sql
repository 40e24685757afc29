-- Rebuild core.training of one municipality from every package of it in staging.
-- Inputs:  staging.training.  Outputs: core.training rows of municipality $1.
-- Parameters: $1 municipality.
-- Completed courses accumulate: a course reported in several periods counts once, per
-- (employee_id, course, completed_on); the latest period's copy gives department, unit and role.
DELETE FROM core.training WHERE municipality = $1;
INSERT INTO core.training
SELECT municipality, period, employee_id, department, unit, role, course, completed_on
FROM staging.training
WHERE municipality = $1
QUALIFY ROW_NUMBER() OVER (PARTITION BY employee_id, course, completed_on ORDER BY period DESC, source_line) = 1;
