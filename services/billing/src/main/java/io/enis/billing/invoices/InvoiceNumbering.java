package io.enis.billing.invoices;

import io.enis.kit.domain.InvalidInputException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * How finalized invoices are numbered: {@code PREFIX-YEAR-NNNNNN} ({@code ENIS-2026-000042}), one
 * gapless series per organisation and prefix-year (the year of finalization, UTC), starting at 1,
 * at least six digits. The counter lives in {@code invoice_number_sequences}; see
 * {@link InvoiceStore#finalize}.
 */
public record InvoiceNumbering(String prefix) {
    private static final Pattern PREFIX = Pattern.compile("[A-Z0-9]{1,20}");

    /** The default prefix, {@code ENIS}. */
    public static final InvoiceNumbering DEFAULT = new InvoiceNumbering("ENIS");

    /** @throws InvalidInputException on {@code invoice_prefix} unless 1–20 upper-case letters or digits */
    public InvoiceNumbering {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw InvalidInputException.field(
                    "invoice_prefix", "'" + prefix + "' is not allowed; allowed: 1 to 20 upper-case letters or digits");
        }
    }

    /** The series a finalization at {@code at} draws from, e.g. {@code ENIS-2026}. */
    public String series(Instant at) {
        return prefix + "-" + at.atZone(ZoneOffset.UTC).getYear();
    }

    /** The number {@code value} of {@code series}: {@code ENIS-2026-000042}. */
    public String format(String series, long value) {
        return String.format("%s-%06d", series, value);
    }
}
