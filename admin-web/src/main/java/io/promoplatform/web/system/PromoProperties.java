package io.promoplatform.web.system;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The product's own settings ({@code promo.*}).
 *
 * @param home        where the embedded database and other local state live
 * @param demo        true only in the embedded default: seed samples, demo accounts and the demo key
 * @param samples     what the demo seeding publishes
 * @param quoteTtl    how long a quote may be accepted after it was priced
 * @param currency    the currency rule amounts (minCartSubtotal, amounts, prices) are written in
 */
@ConfigurationProperties("promo")
public record PromoProperties(Path home, boolean demo, Samples samples, Duration quoteTtl, String currency) {

    public PromoProperties {
        currency = currency == null ? "USD" : currency;
        home = home == null ? Path.of("promo-data") : home;
        samples = samples == null ? new Samples(true) : samples;
        quoteTtl = quoteTtl == null ? Duration.ofMinutes(15) : quoteTtl;
    }

    /** @param rules whether sample rules are published as a release on first start */
    public record Samples(boolean rules) {
    }
}
