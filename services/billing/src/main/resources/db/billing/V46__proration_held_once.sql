-- A stored proration is billed by exactly one invoice (issue: the immediate always_invoice invoice and
-- the period's invoice rated at the same instant both billed its lines, the check that it was billed
-- ran when rating, not when writing). Each invoice records the prorations it holds here; the primary
-- key makes a second holder impossible. Writers lock the prorations' subscription_prorations rows
-- first and then look here (InvoiceProrations), so the second one is written without those lines.
create table invoice_prorations (
    proration_id varchar(40)  not null references subscription_prorations (id),
    invoice_id   varchar(40)  not null references invoices (id),
    billing_key  varchar(200) not null,
    constraint invoice_prorations_once primary key (proration_id)
);
create index invoice_prorations_invoice on invoice_prorations (invoice_id);

-- Backfill. Proration lines of earlier invoices carry no proration id, but the invoices can be matched:
-- an immediate invoice's billing key names its prorations (<sub>/prorations/pro_a,pro_b), and a
-- period's invoice (<sub>/<period start in epoch ms>) billed the nonzero prorations of its period that
-- no immediate invoice named. Immediate invoices first, so where the race already doubled a proration
-- the immediate invoice (named by its key) keeps it, the first by id if ever several; the doubled line
-- on the period's invoice stays on that (issued) document.
insert into invoice_prorations (proration_id, invoice_id, billing_key)
select p.id, i.id, i.billing_key
from subscription_prorations p
join invoices i on i.id = (select min(j.id) from invoices j
                           where j.billing_key like p.subscription_id || '/prorations/%' || p.id || '%');

insert into invoice_prorations (proration_id, invoice_id, billing_key)
select p.id, i.id, i.billing_key
from subscription_prorations p
join invoices i on i.billing_key = p.subscription_id || '/' || cast(p.period_start as varchar(20))
where p.amount_minor <> 0
  and not exists (select 1 from invoice_prorations x where x.proration_id = p.id)
  and i.id = (select min(j.id) from invoices j where j.billing_key = i.billing_key);
