-- Training dates are agreed by both sides: the trainers propose, an officer confirms (or registers them as agreed at
-- signing). A first day less than 14 days away is confirmed only with the right to cancel it given up.
alter table contract add column dates_agreed_on date;
alter table contract add column dates_agreed_by varchar(64);
alter table contract add column cancellation_right_waived boolean default false not null;
-- The day a contract was registered: deadlines that had passed by then are shown as missed, without reminders.
alter table contract add column registered_on date;
