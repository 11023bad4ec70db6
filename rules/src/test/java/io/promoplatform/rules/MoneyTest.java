package io.promoplatform.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void roundsHalfEvenToTheCurrencyMinorUnits() {
        assertThat(Money.round(new BigDecimal("3.335"), USD)).isEqualByComparingTo("3.34");
        assertThat(Money.round(new BigDecimal("3.345"), USD)).isEqualByComparingTo("3.34");
        assertThat(Money.round(new BigDecimal("2.5"), JPY)).isEqualByComparingTo("2");
    }

    @Test
    void formatsWithExactlyTheCurrencyDigits() {
        assertThat(Money.format(BigDecimal.ZERO, USD)).isEqualTo("0.00");
        assertThat(Money.format(new BigDecimal("-1.2"), USD)).isEqualTo("-1.20");
        assertThat(Money.format(new BigDecimal("1E+3"), USD)).isEqualTo("1000.00");
        assertThat(Money.format(new BigDecimal("120"), JPY)).isEqualTo("120");
    }

    @Test
    void parsesPlainDecimalsAndRejectsExtraPrecisionOrExponents() {
        assertThat(Money.parse("3.4", USD)).isEqualTo(new BigDecimal("3.40"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("3.499", USD))
                .withMessageContaining("2 decimal places");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("1e3", USD));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("+1.00", USD));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(" 1.00", USD));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(null, USD));
    }

    @Test
    void findsOnlyRealCurrenciesWithMinorUnits() {
        assertThat(Currencies.find("USD")).contains(USD);
        assertThat(Currencies.find("XYZ")).isEmpty();
        assertThat(Currencies.find("usd")).isEmpty();
        assertThat(Currencies.find("XXX")).isEmpty();
        assertThat(Currencies.find(null)).isEmpty();
    }
}
