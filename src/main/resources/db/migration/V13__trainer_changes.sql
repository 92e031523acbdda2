-- A trainer replaced or removed stays on record with the day they left; one added later, with the day they joined.
alter table trainer add column joined_on date;
alter table trainer add column left_on date;
