-- Record a loaded period in core.periods, replacing an earlier load of it.
-- Inputs:  parameters.  Outputs: core.periods.
-- Parameters: $1 municipality, $2 period, $3 start_date, $4 end_date, $5 loaded_at.
DELETE FROM core.periods WHERE municipality = $1 AND period = $2;
INSERT INTO core.periods VALUES ($1, $2, $3, $4, $5);
