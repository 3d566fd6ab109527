-- Catalogue: customers, products, billable metrics, plans and their metered charges.
-- Times are epoch milliseconds; JSON columns hold what the service wrote (addresses, tax rates, prices).
create table customers (
    id varchar(40) primary key,
    external_id varchar(255) unique,
    name varchar(200) not null,
    email varchar(255),
    currency varchar(3) not null,
    billing_address varchar(2000),
    tax_rates varchar(2000),
    stripe_customer_id varchar(255),
    created_at bigint not null,
    updated_at bigint not null
);

create table products (
    id varchar(40) primary key,
    name varchar(200) not null,
    description varchar(1000),
    created_at bigint not null
);

create table metrics (
    id varchar(40) primary key,
    code varchar(64) not null unique,
    name varchar(200) not null,
    aggregation varchar(20) not null,
    field_name varchar(64),
    created_at bigint not null
);

create table plans (
    id varchar(40) primary key,
    code varchar(64) not null unique,
    name varchar(200) not null,
    product_id varchar(40) not null references products (id),
    currency varchar(3) not null,
    billing_interval varchar(10) not null,
    interval_count int not null,
    trial_days int not null,
    fee varchar(20000),
    created_at bigint not null
);

create table plan_charges (
    plan_id varchar(40) not null references plans (id),
    position int not null,
    metric_code varchar(64) not null references metrics (code),
    price varchar(20000) not null,
    primary key (plan_id, position)
);
