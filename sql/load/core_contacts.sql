-- Rebuild core.contacts of one municipality from every package of it in staging.
-- Inputs:  staging.contacts.  Outputs: core.contacts rows of municipality $1.
-- Parameters: $1 municipality.
-- One row per contact_id: the copy from the latest period wins.
DELETE FROM core.contacts WHERE municipality = $1;
INSERT INTO core.contacts
SELECT municipality, period, contact_id, person_id, unit, contact_date, asked, disclosed, case_id,
       sex, age, age_band
FROM staging.contacts
WHERE municipality = $1
QUALIFY ROW_NUMBER() OVER (PARTITION BY contact_id ORDER BY period DESC, source_line) = 1;
