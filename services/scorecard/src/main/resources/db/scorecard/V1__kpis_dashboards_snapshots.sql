-- scorecard: KPIs and their values, dashboards, period-close snapshots with their frozen inputs.
-- (value, at: reserved in H2, hence reading, at_ms.) Plain SQL for PostgreSQL and H2 (PostgreSQL mode). Times are epoch milliseconds.
create table kpis (
    id              varchar(40)      primary key,
    name            varchar(100)     not null,
    description     varchar(500)     not null,
    unit            varchar(40)      not null,
    target          double precision not null,
    direction       varchar(20)      not null,
    threshold_mode  varchar(10)      not null,
    at_risk         double precision not null,
    off_track       double precision not null,
    owner           varchar(100)     not null,
    tags            varchar(1100)    not null, -- space-separated
    granularity     varchar(10)      not null,
    period_mode     varchar(10)      not null,
    cumulative      boolean          not null,
    created_at      bigint           not null
);
create index kpis_created on kpis (created_at, id);

create table kpi_values (
    kpi_id      varchar(40)      not null references kpis (id),
    at_ms       bigint           not null,
    reading     double precision not null,
    recorded_at bigint           not null,
    primary key (kpi_id, at_ms)
);

create table dashboards (
    id          varchar(40)  primary key,
    name        varchar(200) not null,
    range_last  bigint,      -- a relative range: the last N milliseconds
    range_from  bigint,      -- or a fixed one
    range_to    bigint,
    created_at  bigint       not null
);

create table dashboard_panels (
    dashboard_id varchar(40)  not null references dashboards (id),
    position     integer      not null,
    kpi_id       varchar(40)  not null references kpis (id),
    title        varchar(200) not null,
    primary key (dashboard_id, position)
);

create table kpi_snapshots (
    kpi_id        varchar(40)      not null references kpis (id),
    period_start  bigint           not null,
    period_end    bigint           not null,
    period_value  double precision,           -- null: no value in the period
    status        varchar(20)      not null,
    target        double precision not null,
    definition    varchar(4000)    not null,  -- the KPI as it was, canonical JSON
    input_count   integer          not null,
    inputs_sha256 char(64)         not null,
    watermark     bigint,                     -- the latest recorded_at among the inputs
    source        varchar(2000)    not null,
    closed_at     bigint           not null,
    primary key (kpi_id, period_start)
);

create table snapshot_inputs (
    kpi_id       varchar(40)      not null,
    period_start bigint           not null,
    at_ms        bigint           not null,
    reading      double precision not null,
    recorded_at  bigint           not null,
    primary key (kpi_id, period_start, at_ms),
    foreign key (kpi_id, period_start) references kpi_snapshots (kpi_id, period_start)
);
