-- Alert rules of the observability service (PostgreSQL and H2 in PostgreSQL mode).
create table alert_rules (
    id                  varchar(40)    primary key,
    tenant              varchar(64)    not null,
    name                varchar(200)   not null,
    query               varchar(4096)  not null,
    comparison          varchar(2)     not null,
    threshold           double precision not null,
    for_ms              bigint         not null,
    keep_firing_for_ms  bigint         not null,
    labels              varchar(20000) not null,
    annotations         varchar(20000) not null,
    webhook_url         varchar(2000),
    created_at          bigint         not null,
    updated_at          bigint         not null,
    constraint alert_rules_tenant_name unique (tenant, name)
);
