-- Merge one import's municipality groups into ref.peer_groups.
-- Inputs:  incoming_peer_groups (ref_incoming.sql), ref.peer_groups.
-- Outputs: ref.peer_groups.
-- Parameters: $1 this import's id, $2 its format, $3 true when it replaces earlier imports of the
--             same format (the seeds: a group dropped from the seed file goes).
-- A group in the import replaces that group's members (municipalities leave groups when Kolada
-- revises them); groups the import does not list are kept.
DELETE FROM ref.peer_groups
WHERE $3 AND import_id IN (SELECT import_id FROM ref.imports WHERE format = $2 AND import_id <> $1);
DELETE FROM ref.peer_groups
WHERE group_id IN (SELECT group_id FROM incoming_peer_groups);
INSERT INTO ref.peer_groups (group_id, title, municipality_code, import_id)
SELECT group_id, title, municipality_code, $1
FROM incoming_peer_groups;
DROP TABLE incoming_peer_groups;
