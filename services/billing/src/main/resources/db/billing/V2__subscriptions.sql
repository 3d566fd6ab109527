-- Subscriptions, their billing periods (one row per period, actual end), prorations and an append-only history.
create table subscriptions (
    id varchar(40) primary key,
    customer_id varchar(40) not null references customers (id),
    plan_id varchar(40) not null references plans (id),
    quantity bigint not null,
    currency varchar(3) not null,
    status varchar(20) not null,
    billing_anchor bigint not null,
    period_index bigint not null,
    current_period_start bigint,
    current_period_end bigint,
    trial_end bigint,
    cancel_at_period_end boolean not null,
    canceled_at bigint,
    ended_at bigint,
    paused_at bigint,
    pending_plan_id varchar(40) references plans (id),
    pending_quantity bigint,
    pending_at bigint,
    created_at bigint not null,
    updated_at bigint not null
);
create index subscriptions_customer on subscriptions (customer_id, id);

create table subscription_periods (
    subscription_id varchar(40) not null references subscriptions (id),
    period_start bigint not null,
    period_end bigint not null,
    kind varchar(10) not null,
    plan_id varchar(40) not null references plans (id),
    quantity bigint not null,
    fee_minor bigint not null,
    currency varchar(3) not null,
    rating_plan_id varchar(40) not null references plans (id),
    primary key (subscription_id, period_start)
);

-- append-only: rows are inserted, never updated or deleted
create table subscription_prorations (
    id varchar(40) primary key,
    subscription_id varchar(40) not null references subscriptions (id),
    period_start bigint not null,
    kind varchar(10) not null,
    plan_id varchar(40) not null references plans (id),
    quantity bigint not null,
    amount_minor bigint not null,
    currency varchar(3) not null,
    behavior varchar(20) not null,
    invoice_now boolean not null,
    trace varchar(4000) not null,
    created_at bigint not null
);
create index subscription_prorations_period on subscription_prorations (subscription_id, period_start);

-- append-only audit trail of every transition
create table subscription_history (
    subscription_id varchar(40) not null references subscriptions (id),
    at bigint not null,
    actor varchar(100) not null,
    action varchar(40) not null,
    from_status varchar(20),
    to_status varchar(20) not null,
    detail varchar(1000)
);
create index subscription_history_subscription on subscription_history (subscription_id, at);
