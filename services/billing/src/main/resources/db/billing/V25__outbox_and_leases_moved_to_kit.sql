-- The outbox and the leases moved to the kit (kit_outbox, kit_leases; db/kit/V2, which runs before
-- the service's own migrations). Events not yet published are carried over in their order; leases
-- are transient (a holder re-takes its lease at its next tick), so they are not.
insert into kit_outbox (event_id, type, subject, occurred_at, data, published_at, attempts, next_attempt_at, last_error)
select event_id, type, subject, occurred_at, data, published_at, attempts, next_attempt_at, last_error
from billing_outbox order by id;
drop table billing_outbox;
drop table billing_leases;
