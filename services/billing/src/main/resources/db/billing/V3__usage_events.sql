-- Metered usage events: the transaction id is the deduplication key, kept as long as the event
-- (so a replay is recognised however late it comes); period_start names the subscription period it counts in.
create table usage_events (
    transaction_id varchar(255) primary key,
    subscription_id varchar(40) not null references subscriptions (id),
    customer_id varchar(40) not null references customers (id),
    metric_code varchar(64) not null references metrics (code),
    occurred_at bigint not null,
    period_start bigint not null,
    metric_value varchar(600),
    properties varchar(40000) not null,
    payload varchar(60000) not null,
    received_at bigint not null
);
create index usage_events_period on usage_events (subscription_id, metric_code, period_start);
