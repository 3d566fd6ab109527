-- A KPI's data watermark: bumped in the transaction of every write to its values (a new value or a
-- correction), so a replica can tell in one query whether the values it holds in memory are still
-- what the database holds (dashboard views cache values and evaluations by it).
alter table kpis add column values_revision bigint not null default 0;
