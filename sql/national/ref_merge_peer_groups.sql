-- Merge one import's municipality groups into ref.peer_groups.
-- Inputs:  incoming_peer_groups (ref_incoming.sql), ref.peer_groups.
-- Outputs: ref.peer_groups.
-- Parameters: $1 this import's id.
-- A group in the import replaces that group's members (municipalities leave groups when Kolada
-- revises them); groups the import does not list are kept.
DELETE FROM ref.peer_groups
WHERE group_id IN (SELECT group_id FROM incoming_peer_groups);
INSERT INTO ref.peer_groups (group_id, title, municipality_code, import_id)
SELECT group_id, title, municipality_code, $1
FROM incoming_peer_groups;
DROP TABLE incoming_peer_groups;
