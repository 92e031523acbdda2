-- After the last training day the trainer records each participant's assessment: passed or not.
alter table participant add column assessment varchar(20);
