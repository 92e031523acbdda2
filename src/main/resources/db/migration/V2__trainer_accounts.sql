-- A trainer's Camunda user, so that only the trainers named on a contract see its trainer tasks.
alter table trainer add column user_id varchar(64);
