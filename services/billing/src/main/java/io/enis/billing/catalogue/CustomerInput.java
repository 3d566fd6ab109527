package io.enis.billing.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.input.Inputs;
import io.enis.billing.money.Currency;
import io.enis.kit.json.Fields;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A customer as a request gives it (create, or replace everything but {@code currency}).
 * Rules: {@code name} 1–200 characters; {@code external_id} optional, 1–255 of A-Z a-z 0-9 . _ : -,
 * unique; {@code email} optional; {@code currency} an upper-case ISO 4217 code the service
 * supports; {@code billing_address} optional with a {@code country} of two upper-case letters;
 * {@code tax_rates} at most 5; {@code stripe_customer_id} optional, {@code cus_…}.
 */
public record CustomerInput(String externalId, String name, String email, String currency, BillingAddress billingAddress,
                            List<TaxRate> taxRates, String stripeCustomerId) {
    static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._:-]{1,255}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern STRIPE_CUSTOMER = Pattern.compile("cus_[A-Za-z0-9]{1,250}");

    /** @throws io.enis.kit.domain.InvalidInputException naming every invalid field */
    public static CustomerInput read(JsonNode body) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        String externalId = f.optionalText(body, "external_id", "external_id", EXTERNAL_ID, "1 to 255 of A-Z a-z 0-9 . _ : -");
        String name = f.requiredText(body, "name", "name", TEXT, "1 to 200 characters");
        String email = f.optionalText(body, "email", "email", EMAIL, "an e-mail address");
        String code = f.requiredText(body, "currency", "currency", null, null);
        if (code != null) {
            Inputs.under(f, "", () -> Currency.of(code));
        }
        BillingAddress address = address(f, body.get("billing_address"));
        List<TaxRate> taxes = taxRates(f, body.get("tax_rates"));
        String stripe = f.optionalText(body, "stripe_customer_id", "stripe_customer_id", STRIPE_CUSTOMER, "a Stripe customer id (cus_…)");
        f.throwIfInvalid();
        return new CustomerInput(externalId, name, email, code, address, taxes, stripe);
    }

    private static BillingAddress address(Fields f, JsonNode a) {
        if (a == null || a.isNull()) {
            return null;
        }
        if (!a.isObject()) {
            f.reject("billing_address", "must be an object");
            return null;
        }
        String p = "billing_address.";
        return new BillingAddress(f.optionalText(a, "line1", p + "line1", TEXT, "1 to 200 characters"),
                f.optionalText(a, "line2", p + "line2", TEXT, "1 to 200 characters"),
                f.optionalText(a, "city", p + "city", TEXT, "1 to 200 characters"),
                f.optionalText(a, "state", p + "state", TEXT, "1 to 200 characters"),
                f.optionalText(a, "postal_code", p + "postal_code", TEXT, "1 to 200 characters"),
                f.requiredText(a, "country", p + "country", COUNTRY, "an ISO 3166-1 alpha-2 code such as ES"));
    }

    private static List<TaxRate> taxRates(Fields f, JsonNode list) {
        List<TaxRate> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray() || list.size() > 5) {
            f.reject("tax_rates", "must be a list of at most 5 tax rates");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "tax_rates[" + i + "]";
            JsonNode t = list.get(i);
            if (!t.isObject()) {
                f.reject(at, "must be an object with name and percentage");
                continue;
            }
            String name = f.requiredText(t, "name", at + ".name", TEXT, "1 to 200 characters");
            BigDecimal pct = Inputs.decimal(f, t, "percentage", at + ".percentage", true);
            if (pct != null && (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0
                    || pct.stripTrailingZeros().scale() > 4)) {
                f.reject(at + ".percentage", pct.toPlainString() + " is not allowed; a percentage from 0 to 100 with at most 4 decimals");
                pct = null;
            }
            if (name != null && pct != null) {
                out.add(new TaxRate(name, pct.stripTrailingZeros().scale() < 0 ? pct.setScale(0) : pct.stripTrailingZeros()));
            }
        }
        return out;
    }
}
