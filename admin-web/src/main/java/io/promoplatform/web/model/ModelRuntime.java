package io.promoplatform.web.model;

import io.promoplatform.engine.model.PriceModel;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The price model this instance prices with. Swapped whole (one volatile write) when a model is
 * activated here or on another instance, so a quote reads one model for all its lines.
 */
@Component
public class ModelRuntime {

    private volatile PriceModel active;

    /** The active model, if any is registered and active. */
    public Optional<PriceModel> active() {
        return Optional.ofNullable(active);
    }

    void swap(PriceModel model) {
        this.active = model;
    }
}
