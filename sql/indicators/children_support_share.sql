-- children_support_share: Share of children with a new case who received support for children. What it means is
-- in children_support_share.yml.
SELECT * FROM share_with_intervention(['child_victim', 'child_witness'], 'child_support')
