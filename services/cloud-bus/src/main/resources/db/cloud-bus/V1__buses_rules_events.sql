-- cloud-bus: buses, rules, dead letters, and the event log used when no Redis is configured.
-- Plain SQL for PostgreSQL and H2 (PostgreSQL mode).
create table buses (
    name        varchar(64)  primary key,
    description varchar(500) not null,
    created_at  bigint       not null
);

create table rules (
    bus        varchar(64)    not null,
    name       varchar(64)    not null,
    pattern    varchar(20000) not null,
    targets    varchar(50000) not null,
    created_at bigint         not null,
    updated_at bigint         not null,
    primary key (bus, name)
);

create table dead_letters (
    id          varchar(40)      primary key,
    bus         varchar(64)      not null,
    rule        varchar(64)      not null,
    target      varchar(64)      not null,
    entry_id    varchar(64)      not null,
    event       varchar(1000000) not null,
    last_error  varchar(2000)    not null,
    attempts    integer          not null,
    appended_at bigint           not null,
    failed_at   bigint           not null
);
create index dead_letters_target on dead_letters (bus, rule, target, failed_at);

-- the embedded event log (SqlEventLog)
create table bus_events (
    bus         varchar(64)      not null,
    seq         bigint           not null,
    body        varchar(1000000) not null,
    appended_at bigint           not null,
    primary key (bus, seq)
);
create table bus_groups (
    bus      varchar(64)  not null,
    grp      varchar(200) not null,
    last_seq bigint       not null,
    primary key (bus, grp)
);
create table bus_pending (
    bus          varchar(64)  not null,
    grp          varchar(200) not null,
    seq          bigint       not null,
    consumer     varchar(200) not null,
    delivered_at bigint       not null,
    primary key (bus, grp, seq)
);
create table bus_retries (
    bus        varchar(64)   not null,
    grp        varchar(200)  not null,
    seq        bigint        not null,
    due_at     bigint        not null,
    attempts   integer       not null,
    last_error varchar(2000) not null,
    primary key (bus, grp, seq)
);
create table bus_dedup (
    bus       varchar(64) not null,
    dedup_key varchar(64) not null,
    seen_at   bigint      not null,
    primary key (bus, dedup_key)
);
