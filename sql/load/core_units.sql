-- Rebuild the code tables core.units and core.departments of one municipality.
-- Inputs:  core.cases, core.contacts, core.risk_assessments, core.training, core.headcount.
-- Outputs: core.units and core.departments rows of municipality $1.
-- Parameters: $1 municipality.
-- Unit and department names are the municipality's own: both labels are the name itself.
DELETE FROM core.units WHERE municipality = $1;
INSERT INTO core.units
SELECT municipality, unit, unit, unit, ROW_NUMBER() OVER (ORDER BY unit)
FROM (
    SELECT municipality, unit FROM core.cases WHERE municipality = $1
    UNION SELECT municipality, unit FROM core.contacts WHERE municipality = $1
    UNION SELECT municipality, unit FROM core.risk_assessments WHERE municipality = $1 AND unit IS NOT NULL
    UNION SELECT municipality, unit FROM core.training WHERE municipality = $1
    UNION SELECT municipality, unit FROM core.headcount WHERE municipality = $1
) AS units;
DELETE FROM core.departments WHERE municipality = $1;
INSERT INTO core.departments
SELECT municipality, department, department, department, ROW_NUMBER() OVER (ORDER BY department)
FROM (
    SELECT municipality, department FROM core.training WHERE municipality = $1
    UNION SELECT municipality, department FROM core.headcount WHERE municipality = $1
) AS departments;
