-- Reports (generated once, stored in every format for later download) and report schedules (cron).
create table report_schedules (
    id             varchar(40)   primary key,
    name           varchar(200)  not null,
    dashboard_id   varchar(40)   references dashboards (id),
    kpi_ids        varchar(2100) not null,  -- space-separated, in panel order
    cron           varchar(200)  not null,
    time_zone      varchar(60)   not null,
    last_ms        bigint        not null,  -- each report covers this long before its run
    next_run_at    bigint,                  -- null: the expression has no further run
    created_at     bigint        not null,
    last_report_id varchar(40)
);

create index report_schedules_due on report_schedules (next_run_at);

create table reports (
    id           varchar(40)   primary key,
    name         varchar(200)  not null,
    dashboard_id varchar(40)   references dashboards (id),
    kpi_ids      varchar(2100) not null,
    period_from  bigint        not null,
    period_to    bigint        not null,
    generated_at bigint        not null,
    schedule_id  varchar(40)   references report_schedules (id),
    body_json    text          not null,
    body_html    text          not null,
    body_pdf     bytea         not null
);
