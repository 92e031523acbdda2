-- The contracts page lists the contracts with an obligation overdue first: it finds them from the open
-- deadlines due before today, without reading every contract's deadlines.
create index ix_contract_deadline_overdue on contract_deadline (status, due);
