package io.enis.billing.pricing;

/** The kinds of price; {@link #code()} is the name used in traces and (next) the API. */
public enum PricingModel {
    FLAT,
    PER_UNIT,
    PACKAGE,
    GRADUATED,
    VOLUME;

    /** {@code flat}, {@code per_unit}, {@code package}, {@code graduated}, {@code volume}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
