package io.enis.billing.discounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.input.Inputs;
import io.enis.billing.invoices.Coupon;
import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.Violation;
import io.enis.kit.json.Fields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A coupon as a request gives it: {@code {"name", "percent_off" ("20", "12.5") | "amount_off_minor"
 * with "currency", "duration" (once, repeating, forever), "duration_periods" (repeating: 1 to 1200),
 * "max_redemptions" (optional, 1 or more), "redeem_by" (optional instant)}}.
 */
public record CouponInput(String name, Coupon coupon, Integer maxRedemptions, Instant redeemBy) {
    private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}]{1,200}");

    /** @throws io.enis.kit.domain.InvalidInputException naming every invalid field */
    public static CouponInput read(JsonNode body) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        String name = f.requiredText(body, "name", "name", NAME, "1 to 200 characters");
        BigDecimal percent = Inputs.decimal(f, body, "percent_off", "percent_off", false);
        Long amount = Inputs.minorAmount(f, body, "amount_off_minor", "amount_off_minor", false);
        String code = f.optionalText(body, "currency", "currency", null, null);
        Currency currency = code == null ? null : Inputs.under(f, "", () -> Currency.of(code));
        if (amount != null && code == null) {
            f.reject("currency", "is required with amount_off_minor; an ISO 4217 code such as EUR");
        }
        if (amount == null && code != null) {
            f.reject("currency", "is only allowed with amount_off_minor (a percent_off coupon fits every currency)");
        }
        Coupon.Duration duration = Inputs.choice(f, body, "duration", Coupon.Duration.class, null);
        if (duration == null && f.valid()) {
            f.reject("duration", "is required; allowed: once, repeating, forever");
        }
        int periods = Inputs.integer(f, body, "duration_periods", "duration_periods", 0, 0, 1200);
        Integer max = body.hasNonNull("max_redemptions")
                ? Inputs.integer(f, body, "max_redemptions", "max_redemptions", 1, 1, Integer.MAX_VALUE)
                : null;
        Instant redeemBy = f.optionalInstant(body, "redeem_by", "redeem_by").orElse(null);
        f.throwIfInvalid();
        Coupon coupon;
        try {
            coupon = new Coupon(
                    "cpn_new", percent, amount == null ? null : Money.of(amount, currency), duration, periods);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(e.violations().stream()
                    .map(v -> new Violation(requestField(v.field()), v.message()))
                    .toList());
        }
        return new CouponInput(name, coupon, max, redeemBy);
    }

    /** The request's name for a field of {@link Coupon}'s refusals. */
    private static String requestField(String domainField) {
        return switch (domainField) {
            case "coupon", "coupon.percent_off" -> "percent_off";
            case "coupon.amount_off" -> "amount_off_minor";
            default -> domainField.replace("coupon.", "");
        };
    }
}
