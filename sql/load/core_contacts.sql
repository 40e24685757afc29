-- Rebuild the core.contacts rows of one municipality whose key the replaced package has or had.
-- Inputs:  staging.contacts, replaced_contacts (replaced_keys.sql).  Outputs: core.contacts rows of municipality $1.
-- Parameters: $1 municipality, $2 period (the package just loaded).
-- One row per contact_id: the copy from the latest period wins. Other keys keep their row.
INSERT INTO replaced_contacts
SELECT contact_id FROM staging.contacts WHERE municipality = $1 AND period = $2;
DELETE FROM core.contacts c
WHERE c.municipality = $1
  AND EXISTS (SELECT 1 FROM replaced_contacts r WHERE r.contact_id = c.contact_id);
INSERT INTO core.contacts
SELECT municipality, period, contact_id, person_id, unit, contact_date, asked, disclosed, case_id,
       sex, age, age_band
FROM staging.contacts s
WHERE municipality = $1
  AND EXISTS (SELECT 1 FROM replaced_contacts r WHERE r.contact_id = s.contact_id)
QUALIFY ROW_NUMBER() OVER (PARTITION BY contact_id ORDER BY period DESC, source_line) = 1;
DROP TABLE replaced_contacts;
