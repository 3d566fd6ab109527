-- Kit tables, the same in every service. Plain SQL that PostgreSQL and H2 (PostgreSQL mode) both run.
create table api_keys (
    id                    varchar(40)   primary key,
    name                  varchar(200)  not null,
    key_hash              varchar(64)   not null unique,
    scopes                varchar(2000) not null,
    rate_limit_per_minute integer       not null default 0,
    created_at            bigint        not null,
    revoked_at            bigint
);

create table idempotency_records (
    principal     varchar(40)     not null,
    idem_key      varchar(255)    not null,
    request_hash  varchar(64)     not null,
    status        integer         not null,
    content_type  varchar(200),
    body          varchar(1000000),
    created_at    bigint          not null,
    primary key (principal, idem_key)
);
create index idempotency_records_created on idempotency_records (created_at);
