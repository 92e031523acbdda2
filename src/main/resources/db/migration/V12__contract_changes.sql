-- A contract changes while it runs: a training day is held or not held (and then waits for a new date); each
-- amendment raises the contract's revision, which calendars read as the SEQUENCE of its events.
alter table training_day add column held boolean;
alter table contract add column revision integer default 0 not null;
-- The enrolment is no longer confirmed in a task of its own: a group whose dates are agreed is confirmed.
update training_group set status = 'CONFIRMED'
    where status = 'PLANNED' and contract_id in (select id from contract where dates_agreed_on is not null);
