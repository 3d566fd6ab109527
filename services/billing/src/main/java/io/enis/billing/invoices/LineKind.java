package io.enis.billing.invoices;

import java.util.Locale;

/** What an invoice line bills: a period's recurring fee, a proration of a plan change, or metered usage. */
public enum LineKind {
    RECURRING,
    PRORATION,
    USAGE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
