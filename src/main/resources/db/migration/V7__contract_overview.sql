-- The contracts page's own copy of each contract's number, title and state, written together with the
-- contract's rows in contract_deadline (which the page owns too), so that the page's one query reads only its
-- own tables and not the contract module's.
create table contract_overview (
    number      varchar(64)  not null primary key,
    title       varchar(500) not null,
    state       varchar(20)  not null
);
create index ix_contract_overview_state_number on contract_overview (state, number);
