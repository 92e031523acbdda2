-- Materials are due per training (a group's whole course) unless the contract agreed them per block of days.
alter table contract add column materials_due varchar(20) default 'TRAINING' not null;
