-- The invoice run looks for periods that ended before a cutoff (DueInvoices).
create index subscription_periods_end on subscription_periods (period_end);
