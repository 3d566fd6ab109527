package io.enis.billing.money;

import io.enis.kit.domain.InvalidInputException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An ISO 4217 currency and its minor-unit exponent: the number of decimal places between the major
 * unit and the integer minor unit that {@link Money} stores (JPY 0, EUR 2, KWD 3, CLF 4).
 *
 * <p>The table is this class's own, not {@link java.util.Currency#getDefaultFractionDigits()}: on
 * JDK 17 the JDK agrees on every code listed here that it knows (KWD 3, CLF 4 included; it lacks
 * UYW; {@code CurrencyTest} checks it), but its data changes with JDK updates and can be replaced at run time through the
 * {@code java.util.currency.data} system property, and a stored amount's meaning must not change
 * under it. Funds and metals without an exponent (XAU, XXX) are not supported. Adding a code is a
 * one-line change here, checked against the JDK by that same test.
 */
public record Currency(String code, int exponent) {
    private static final Map<String, Integer> EXPONENTS = table();

    /** Use {@link #of(String)}; this constructor only checks consistency with the table. */
    public Currency {
        Objects.requireNonNull(code, "code");
        Integer known = EXPONENTS.get(code);
        if (known == null || known != exponent) {
            throw InvalidInputException.field(
                    "currency",
                    "'" + code + "' with exponent " + exponent + " is not a supported currency; " + allowed());
        }
    }

    /**
     * The currency for an upper-case ISO 4217 alphabetic code.
     *
     * @throws InvalidInputException on field {@code currency} for a null, lower-case or unknown code,
     *                               listing the supported codes
     */
    public static Currency of(String code) {
        if (code == null || !EXPONENTS.containsKey(code)) {
            throw InvalidInputException.field(
                    "currency", (code == null ? "is required" : "'" + code + "' is not supported") + "; " + allowed());
        }
        return new Currency(code, EXPONENTS.get(code));
    }

    /** Every supported code with its exponent, in code order. */
    public static Map<String, Integer> supported() {
        return EXPONENTS;
    }

    private static String allowed() {
        return "allowed: an upper-case ISO 4217 code, one of " + String.join(", ", EXPONENTS.keySet());
    }

    @Override
    public String toString() {
        return code;
    }

    private static Map<String, Integer> table() {
        Map<String, Integer> t = new TreeMap<>();
        for (String c : new String[] {
            "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF",
            "XOF", "XPF"
        }) {
            t.put(c, 0);
        }
        for (String c : new String[] {
            "AED", "ARS", "AUD", "BRL", "CAD", "CHF", "CNY", "COP", "CZK", "DKK", "EGP", "EUR", "GBP", "HKD", "HUF",
            "IDR", "ILS", "INR", "MAD", "MXN", "MYR", "NGN", "NOK", "NZD", "PEN", "PHP", "PKR", "PLN", "QAR", "RON",
            "SAR", "SEK", "SGD", "THB", "TRY", "TWD", "UAH", "USD", "ZAR"
        }) {
            t.put(c, 2);
        }
        for (String c : new String[] {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}) {
            t.put(c, 3);
        }
        for (String c : new String[] {"CLF", "UYW"}) {
            t.put(c, 4);
        }
        return java.util.Collections.unmodifiableMap(t);
    }
}
