-- Every contract's deadlines with their status, kept up to date with each change of the contract or each
-- completed task, so that the contracts page counts open and overdue obligations over thousands of contracts
-- in one query instead of computing each contract's deadlines anew per request. OPEN covers overdue too:
-- which open deadlines are overdue depends on the day they are read.
create table contract_deadline (
    contract_number     varchar(64)   not null,
    position            integer       not null,
    obligation          varchar(40)   not null,
    group_code          varchar(20),
    training_day        date,
    item_index          integer,
    due                 date          not null,
    rule                varchar(1000) not null,
    status              varchar(20)   not null,
    primary key (contract_number, position)
);
create index ix_contract_deadline_status on contract_deadline (contract_number, status, due);

-- the contracts page filters by state and lists by number
create index ix_contract_state_number on contract (state, number);
