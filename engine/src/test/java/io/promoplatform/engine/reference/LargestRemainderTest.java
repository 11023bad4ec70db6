package io.promoplatform.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    private static List<BigDecimal> money(String... amounts) {
        return Arrays.stream(amounts).map(BigDecimal::new).toList();
    }

    @Test
    void givesTheLeftoverCentToTheLargestRemainder() {
        assertThat(LargestRemainder.allocate(new BigDecimal("10.00"), money("10.00", "20.00"), 2))
                .isEqualTo(money("3.33", "6.67"));
    }

    @Test
    void breaksEqualRemaindersInFavourOfTheEarlierWeight() {
        assertThat(LargestRemainder.allocate(new BigDecimal("0.02"), money("1.00", "1.00", "1.00"), 2))
                .isEqualTo(money("0.01", "0.01", "0.00"));
    }

    @Test
    void givesNothingToAZeroWeight() {
        assertThat(LargestRemainder.allocate(new BigDecimal("0.05"), money("0.00", "3.00", "0.00", "1.00"), 2))
                .isEqualTo(money("0.00", "0.04", "0.00", "0.01"));
    }

    @Test
    void givesEveryWeightItsWholeWhenTheAmountIsTheTotal() {
        assertThat(LargestRemainder.allocate(new BigDecimal("7.77"), money("1.11", "2.22", "4.44"), 2))
                .isEqualTo(money("1.11", "2.22", "4.44"));
    }

    @Test
    void allocatesWholeUnitsOfACurrencyWithoutMinorUnits() {
        assertThat(LargestRemainder.allocate(new BigDecimal("100"), money("300", "300", "300"), 0))
                .isEqualTo(money("34", "33", "33"));
    }
}
