-- A coupon of duration once discounts one invoice of its subscription (issue: the immediate
-- always_invoice invoice and the period's invoice rated at the same instant both took it). The invoice
-- that took it carries the subscription in once_subscription_id (null for other durations), unique with
-- the coupon: a second invoice of the subscription can never record it. Writers also lock the coupon's
-- subscription_discounts row first and then look for that invoice (InvoiceCoupons), so the second one is
-- written without the coupon instead of failing.
alter table invoice_coupons add column once_subscription_id varchar(40);

update invoice_coupons set once_subscription_id =
    (select s.id from subscriptions s where invoice_coupons.billing_key like s.id || '/%')
where coupon_id in (select c.id from coupons c where c.duration = 'once');

-- rows the race already doubled: the first invoice by id keeps the coupon (as consumed_by names it)
update invoice_coupons set once_subscription_id = null
where once_subscription_id is not null
  and invoice_id > (select min(o.invoice_id) from invoice_coupons o
                    where o.once_subscription_id = invoice_coupons.once_subscription_id
                      and o.coupon_id = invoice_coupons.coupon_id);

alter table invoice_coupons add constraint invoice_coupons_once unique (once_subscription_id, coupon_id);
