
SELECT * FROM share_with_intervention(['perpetrator'], 'perpetrator_programme')
