package io.promoplatform.web.model;

import io.promoplatform.samples.SampleModel;
import io.promoplatform.web.system.PromoProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At start-up: registers the shipped model when the registry is empty (unless
 * {@code promo.model.bundled=false}) and loads the active model before the server takes quotes. Then
 * follows the registry every 2 s, so an activation on another instance is picked up here.
 */
@Component
class ModelWatcher implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ModelWatcher.class);

    private final ModelService models;
    private final PromoProperties properties;

    ModelWatcher(ModelService models, PromoProperties properties) {
        this.models = models;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.model().bundled()) {
            try (InputStream in = SampleModel.artifact()) {
                if (models.bootstrap(in.readAllBytes(), "system")) {
                    log.info("Registered and activated the shipped price model");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the shipped price model cannot be read", e);
            } catch (DataAccessException e) {
                // another instance starting on the same empty registry won the race; follow its choice
                log.info("The shipped model was registered concurrently elsewhere: {}", e.getMostSpecificCause().getMessage());
            }
        }
        models.follow();
        log.info("Price model: {}", models.activeVersion().orElse("none (quotes carry no signals)"));
    }

    @Scheduled(fixedDelay = 2000, initialDelay = 2000)
    void poll() {
        try {
            models.follow();
        } catch (RuntimeException e) {
            log.warn("Could not check the active price model: {}", e.getMessage());
        }
    }
}
