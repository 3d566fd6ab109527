-- scorecard (issue 16, items 1 and 5): KPIs pulled from observability with PromQL, and the state of goal alerts.
-- (V3, not V2: V2 is left to the reports' tables being written at the same time; Flyway accepts the gap.)

-- A KPI's PromQL source: the query, how often it is pulled, and how the last pull went.
create table kpi_sources (
    kpi_id          varchar(40)      primary key references kpis (id),
    promql          varchar(2000)    not null,
    every_ms        bigint           not null,
    source_unit     varchar(40),              -- the query's unit when it differs from the KPI's; null: the KPI's
    next_pull_at    bigint           not null,
    last_attempt_at bigint,
    last_success_at bigint,                   -- evaluation time of the last value pulled: the data watermark
    last_value      double precision,
    last_error      varchar(1000)             -- null when the last attempt succeeded
);
create index kpi_sources_due on kpi_sources (next_pull_at);

-- Where each goal alert of a KPI stands: 'status' (on_track, at_risk, off_track, no_data) and the
-- burn-rate alerts 'burn_fast', 'burn_slow' (firing or resolved). A change is written with its event.
create table kpi_alert_states (
    kpi_id     varchar(40)  not null references kpis (id),
    alert      varchar(20)  not null,
    state      varchar(20)  not null,
    since      bigint       not null,
    primary key (kpi_id, alert)
);
