package io.enis.billing.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class CurrencyTest {
    @Test
    void exponentsOfTheCommonCodes() {
        assertThat(Currency.of("JPY").exponent()).isZero();
        assertThat(Currency.of("EUR").exponent()).isEqualTo(2);
        assertThat(Currency.of("USD").exponent()).isEqualTo(2);
        assertThat(Currency.of("GBP").exponent()).isEqualTo(2);
        for (String c : new String[] {"KWD", "BHD", "JOD", "OMR", "TND"}) {
            assertThat(Currency.of(c).exponent()).as(c).isEqualTo(3);
        }
        assertThat(Currency.of("CLF").exponent()).isEqualTo(4);
    }

    /** The table is ours; where the running JDK knows a code, it must agree with it. */
    @Test
    void tableAgreesWithTheJdkWhereTheJdkKnowsTheCode() {
        Currency.supported().forEach((code, exponent) -> {
            java.util.Currency jdk;
            try {
                jdk = java.util.Currency.getInstance(code);
            } catch (IllegalArgumentException unknownToThisJdk) {
                return; // UYW on JDK 17
            }
            assertThat(exponent).as(code).isEqualTo(jdk.getDefaultFractionDigits());
        });
    }

    @Test
    void unknownOrLowerCaseCodeNamesTheFieldAndWhatIsAllowed() {
        for (String bad : new String[] {"XYZ", "eur", "", "XAU"}) {
            assertThatThrownBy(() -> Currency.of(bad))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("currency")
                    .hasMessageContaining("allowed: an upper-case ISO 4217 code")
                    .hasMessageContaining("EUR")
                    .satisfies(e -> assertThat(((InvalidInputException) e)
                                    .violations()
                                    .get(0)
                                    .field())
                            .isEqualTo("currency"));
        }
        assertThatThrownBy(() -> Currency.of(null)).hasMessageContaining("currency: is required");
    }

    @Test
    void aCurrencyWithTheWrongExponentIsRefused() {
        assertThatThrownBy(() -> new Currency("KWD", 2))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'KWD' with exponent 2 is not a supported currency");
    }
}
