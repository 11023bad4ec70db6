package io.promoplatform.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Money arithmetic at a currency's minor units. Amounts are {@link BigDecimal}s; a value leaving the
 * engine always carries exactly the currency's fraction digits, so "3.49" and "0.00" round-trip.
 */
public final class Money {

    private Money() {
    }

    /** Rounds once, half-even, to the currency's minor units (PRICING.md's only rounding mode). */
    public static BigDecimal round(BigDecimal amount, Currency currency) {
        return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
    }

    /** Plain decimal text with exactly the currency's minor-unit digits, as the API writes money. */
    public static String format(BigDecimal amount, Currency currency) {
        return round(amount, currency).toPlainString();
    }

    /**
     * Parses API money text. Accepts plain decimals with at most the currency's minor-unit digits;
     * rejects exponents, signs other than a leading minus, and more precision than the currency has.
     */
    public static BigDecimal parse(String text, Currency currency) {
        if (text == null || !text.matches("-?\\d{1,15}(\\.\\d+)?")) {
            throw new IllegalArgumentException("must be a decimal string such as \"3.49\"");
        }
        BigDecimal value = new BigDecimal(text);
        int digits = currency.getDefaultFractionDigits();
        if (value.scale() > digits) {
            throw new IllegalArgumentException(
                    "has more than " + digits + " decimal places for " + currency.getCurrencyCode());
        }
        return value.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** Zero at the currency's scale. */
    public static BigDecimal zero(Currency currency) {
        return BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }
}
