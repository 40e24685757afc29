-- Rebuild the core.training rows of one municipality whose key the replaced package has or had.
-- Inputs:  staging.training, replaced_training (replaced_keys.sql).  Outputs: core.training rows of municipality $1.
-- Parameters: $1 municipality, $2 period (the package just loaded).
-- Completed courses accumulate: a course reported in several periods counts once, per
-- (employee_id, course, completed_on); the latest period's copy gives department, unit and role.
-- Other keys keep their row.
INSERT INTO replaced_training
SELECT employee_id, course, completed_on FROM staging.training WHERE municipality = $1 AND period = $2;
DELETE FROM core.training c
WHERE c.municipality = $1
  AND EXISTS (SELECT 1 FROM replaced_training r
              WHERE r.employee_id = c.employee_id AND r.course = c.course AND r.completed_on = c.completed_on);
INSERT INTO core.training
SELECT municipality, period, employee_id, department, unit, role, course, completed_on
FROM staging.training s
WHERE municipality = $1
  AND EXISTS (SELECT 1 FROM replaced_training r
              WHERE r.employee_id = s.employee_id AND r.course = s.course AND r.completed_on = s.completed_on)
QUALIFY ROW_NUMBER() OVER (PARTITION BY employee_id, course, completed_on ORDER BY period DESC, source_line) = 1;
DROP TABLE replaced_training;
