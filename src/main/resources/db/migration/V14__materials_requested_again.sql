-- An officer may ask for a group's materials again when its days move: the earlier delivery stays on record (and
-- its files stay evidence) but no longer meets the deadline; a new delivery task opens.
alter table materials_delivery add column requested_again_on date;
