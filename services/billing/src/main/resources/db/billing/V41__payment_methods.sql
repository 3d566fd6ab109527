-- billing, payment methods (issue 14): the methods attached to a customer at the provider, one of them
-- the default that invoices are charged on. A re-attached method becomes the default again.
create table customer_payment_methods (
    customer_id       varchar(40)  not null references customers (id),
    payment_method_id varchar(255) not null,
    provider          varchar(20)  not null,
    type              varchar(40)  not null,
    brand             varchar(40),
    last4             varchar(4),
    is_default        boolean      not null,
    actor             varchar(200) not null,
    created_at        bigint       not null,
    primary key (customer_id, payment_method_id)
);
