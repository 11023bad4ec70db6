package io.promoplatform.web.model;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.promoplatform.engine.model.PriceModel;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The price model this instance prices with. Swapped whole (one volatile write) when a model is
 * activated here or on another instance, so a quote reads one model for all its lines.
 *
 * <p>{@code promo.model.active{version}} shows it: a gauge of 1 tagged with the version (the
 * Prometheus "info" idiom), re-registered only when the version changes, because overwriting the row
 * removes and re-adds its meter and a scrape in between would see the version twice.
 */
@Component
public class ModelRuntime {

    private volatile PriceModel active;
    private final MultiGauge gauge;
    private String shown;

    ModelRuntime(MeterRegistry registry) {
        this.gauge = MultiGauge.builder("promo.model.active")
                .description("1 for the price model version this instance prices with").register(registry);
        show("none");
    }

    /** The active model, if any is registered and active. */
    public Optional<PriceModel> active() {
        return Optional.ofNullable(active);
    }

    void swap(PriceModel model) {
        this.active = model;
        show(model == null ? "none" : model.version());
    }

    private synchronized void show(String version) {
        if (!version.equals(shown)) {
            gauge.register(List.of(MultiGauge.Row.of(Tags.of("version", version), 1)), true);
            shown = version;
        }
    }
}
