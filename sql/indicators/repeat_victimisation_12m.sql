-- repeat_victimisation_12m: Share of new victims with another case in the previous 12 months. What it means is in repeat_victimisation_12m.yml.
--
-- A person with several new victim rows counts above when any of them has such an earlier case; the
-- macro (sql/schema/V008) says how an earlier case is counted.
SELECT * FROM repeat_victimisation(12)
