-- Spans of the observability service (PostgreSQL and H2 in PostgreSQL mode): durable, shared by every
-- replica. A span is identified by tenant, trace and span id (an exporter's retry replaces it).
create table trace_spans (
    tenant          varchar(64)  not null,
    trace_id        char(32)     not null,
    span_id         char(16)     not null,
    parent_span_id  char(16),
    service         varchar      not null,
    operation       varchar      not null,
    kind            varchar(16)  not null,
    start_nanos     bigint       not null,
    end_nanos       bigint       not null,
    error           boolean      not null,
    entry           boolean      not null,
    attributes      varchar      not null,
    primary key (tenant, trace_id, span_id)
);
create index trace_spans_by_start on trace_spans (tenant, start_nanos);
create index trace_spans_by_end on trace_spans (end_nanos);
