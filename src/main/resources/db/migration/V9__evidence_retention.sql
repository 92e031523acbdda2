-- How many years after closing a contract's evidence (materials as delivered, accepted acts) is kept; null: the setting.
alter table contract add column evidence_retention_years integer;
