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
 * @param model       the price model registry's start-up behaviour
 */
@ConfigurationProperties("promo")
public record PromoProperties(Path home, boolean demo, Samples samples, Duration quoteTtl, String currency,
                              Model model) {

    public PromoProperties {
        currency = currency == null ? "USD" : currency;
        home = home == null ? Path.of("promo-data") : home;
        samples = samples == null ? new Samples(true) : samples;
        quoteTtl = quoteTtl == null ? Duration.ofMinutes(15) : quoteTtl;
        model = model == null ? new Model(true) : model;
    }

    /**
     * @param bundled register and activate the model this build ships (trained on Dominick's data) when
     *                the registry is empty, so quotes carry signals from the first start
     */
    public record Model(boolean bundled) {
    }

    /** @param rules whether sample rules are published as a release on first start */
    public record Samples(boolean rules) {
    }
}
