package io.promoplatform.rules;

import java.util.Currency;
import java.util.Optional;

/** ISO 4217 look-up that treats codes without minor units defined (XAU, XXX) as unknown for pricing. */
public final class Currencies {

    private Currencies() {
    }

    public static Optional<Currency> find(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(currency);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
