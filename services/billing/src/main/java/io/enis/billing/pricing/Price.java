package io.enis.billing.pricing;

import io.enis.billing.money.Currency;

/**
 * A price model: immutable, validated by its factory, and able to price a quantity for one period
 * as one {@link Charge} (amount rounded half-even once, with its {@link Trace}). Amounts and unit
 * prices are in the minor units of {@link #currency()}.
 *
 * <p>The models: {@link FlatPrice} (a fixed amount per period), {@link PerUnitPrice},
 * {@link PackagePrice} (whole packages of N units, rounding up), {@link GraduatedPrice} (each unit
 * at its own tier's price) and {@link VolumePrice} (every unit at the price of the tier the total
 * falls in).
 */
public sealed interface Price permits FlatPrice, PerUnitPrice, PackagePrice, GraduatedPrice, VolumePrice {
    Currency currency();

    PricingModel model();

    /**
     * @param quantity the period's quantity, zero or more
     * @throws io.enis.billing.money.MoneyOverflowException when the amount does not fit a {@code long}
     */
    Charge charge(Quantity quantity);
}
