package io.enis.billing.catalogue;

import java.math.BigDecimal;

/**
 * A tax applied to a customer's invoices: a name ({@code "VAT ES"}) and a percentage from 0 to 100
 * with at most 4 decimals ({@code 21}, {@code 7.25}), exclusive (added on top of the lines).
 */
public record TaxRate(String name, BigDecimal percentage) {
}
