-- billing (issue 14): Stripe webhook events already received, by Stripe's event id, so a redelivered
-- or replayed event is acknowledged without being applied twice. outcome: processing, processed, ignored
create table stripe_events (
    event_id    varchar(255) primary key,
    type        varchar(255) not null,
    outcome     varchar(20)  not null,
    received_at bigint       not null
);
