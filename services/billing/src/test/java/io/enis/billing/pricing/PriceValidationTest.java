package io.enis.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.money.MoneyOverflowException;
import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every factory refuses bad input naming the field and what is allowed. */
class PriceValidationTest {
    static final Currency EUR = Currency.of("EUR");

    static void refused(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(field + ": " + message)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).violations().get(0).field())
                        .isEqualTo(field));
    }

    @Test
    void quantities() {
        refused(() -> Quantity.of(-1), "quantity", "-1 is negative; allowed: a quantity, zero or more");
        refused(
                () -> Quantity.of("usage.value", new BigDecimal("0.0000001")),
                "usage.value",
                "0.0000001 has 7 decimals; allowed: a quantity with at most 6");
        refused(
                () -> Quantity.of("quantity", null),
                "quantity",
                "is required; allowed: a quantity, zero or more, at most 6 decimals");
        assertThat(Quantity.of("q", new BigDecimal("1.000000000"))).isEqualTo(Quantity.of(1));
        assertThat(Quantity.of("q", new BigDecimal("1E+3")).toString()).isEqualTo("1000");
    }

    @Test
    void unitPrices() {
        refused(
                () -> UnitPrice.of("unit_price", "-0.5"),
                "unit_price",
                "-0.5 is negative; allowed: a unit price in minor units, zero or more");
        refused(
                () -> UnitPrice.of("unit_price", "0.0000000000001"),
                "unit_price",
                "0.0000000000001 has 13 decimals; allowed: a unit price in minor units with at most 12");
        refused(
                () -> UnitPrice.of("unit_price", "abc"),
                "unit_price",
                "'abc' is not a number; allowed: a unit price in minor units, zero or more");
        refused(
                () -> PerUnitPrice.of(EUR, null),
                "unit_price",
                "is required; allowed: a unit price in minor units, zero or more");
        refused(() -> PerUnitPrice.of(null, UnitPrice.of("unit_price", "1")), "currency", "is required");
    }

    @Test
    void flatAndPackage() {
        refused(() -> FlatPrice.of(Money.of(-1, EUR)), "amount", "-0.01 EUR is negative; allowed: zero or more");
        refused(() -> FlatPrice.of(null), "amount", "is required; an amount zero or more");
        refused(
                () -> PackagePrice.of(Money.of(500, EUR), 0),
                "package_size",
                "0 is not allowed; a whole number of units, 1 or more");
        refused(
                () -> PackagePrice.of(Money.of(-500, EUR), 10),
                "package_price",
                "-5.00 EUR is negative; allowed: zero or more");
    }

    @Test
    void tiers() {
        refused(
                () -> GraduatedPrice.of(EUR, List.of()),
                "tiers",
                "must list at least one tier; the last one unbounded (no up_to)");
        refused(
                () -> VolumePrice.of(EUR, null),
                "tiers",
                "must list at least one tier; the last one unbounded (no up_to)");
        refused(
                () -> GraduatedPrice.of(EUR, List.of(Tier.upTo(5, "1"))),
                "tiers[0].up_to",
                "must be absent: the last tier is unbounded");
        refused(
                () -> VolumePrice.of(EUR, List.of(Tier.unbounded("1"), Tier.unbounded("2"))),
                "tiers[0].up_to",
                "is required: only the last tier is unbounded");
        refused(
                () -> GraduatedPrice.of(EUR, List.of(Tier.upTo(10, "1"), Tier.upTo(10, "1"), Tier.unbounded("1"))),
                "tiers[1].up_to",
                "10 must be greater than tiers[0].up_to (10); tiers ascend");
        refused(
                () -> GraduatedPrice.of(EUR, List.of(Tier.upTo(0, "1"), Tier.unbounded("1"))),
                "tiers[0].up_to",
                "0 must be greater than zero; tiers ascend");
        refused(
                () -> GraduatedPrice.of(EUR, List.of(Tier.upTo(BigDecimal.ONE, null), Tier.unbounded("1"))),
                "tiers[0].unit_price",
                "is required; allowed: a unit price in minor units, zero or more");
        refused(
                () -> VolumePrice.of(
                        EUR,
                        List.of(Tier.upTo(new BigDecimal("-1"), UnitPrice.of("unit_price", "1")), Tier.unbounded("1"))),
                "tiers[0].up_to",
                "-1 is negative; allowed: a quantity, zero or more");
        refused(() -> GraduatedPrice.of(null, List.of(Tier.unbounded("1"))), "currency", "is required");
    }

    @Test
    void valuesAboveTheirCeilingsAreRefusedBeforeTheyAreExpanded() {
        assertThatThrownBy(() -> Quantity.metered("gb", new BigDecimal("1e999999999")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("gb")
                .hasMessageContaining("less than 1e15");
        assertThatThrownBy(() -> new Quantity(new BigDecimal("1e999999999"))).isInstanceOf(InvalidInputException.class);
        assertThat(Quantity.metered("gb", new BigDecimal("9.99999999999999E+14"))
                        .toString())
                .isEqualTo("999999999999999");
        assertThatThrownBy(() -> UnitPrice.of("unit_price", "1000000000000"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("less than 1e12");
        assertThatThrownBy(() -> FlatPrice.of(Money.of(Ceilings.MAX_AMOUNT_MINOR + 1, EUR)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("amount");
    }

    @Test
    void anOverflowingLineIsRefusedNotWrapped() {
        // the largest price and the largest metered value each pass their ceilings; their product does not fit
        PerUnitPrice huge = PerUnitPrice.of(EUR, UnitPrice.of("unit_price", "999999999999"));
        assertThatThrownBy(() -> huge.charge(Quantity.metered("gb", new BigDecimal("999999999999999"))))
                .isInstanceOf(MoneyOverflowException.class);
        assertThatThrownBy(() -> PackagePrice.of(Money.of(Ceilings.MAX_AMOUNT_MINOR, EUR), 1)
                        .charge(Quantity.of(10_000_000)))
                .isInstanceOf(MoneyOverflowException.class);
    }
}
