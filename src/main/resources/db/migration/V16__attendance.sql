-- Who was present on each training day, and when each participant signed the confidentiality agreement (annex 3):
-- once per training, on its first day or before.
alter table participant add column agreement_signed_on date;
create table participant_attendance (
    participant_id  bigint  not null references participant (id),
    training_date   date    not null,
    present         boolean not null,
    primary key (participant_id, training_date)
);
