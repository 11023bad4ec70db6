package io.promoplatform.web.release;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance on the release the shared database says is active: once at start-up, before
 * the server takes quotes, then every 500 ms, so an activation on another instance is live here
 * within about a second (the contract asks for 2 s).
 */
@Component
class ReleaseWatcher implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReleaseWatcher.class);

    private final ReleaseService releases;

    ReleaseWatcher(ReleaseService releases) {
        this.releases = releases;
    }

    @Override
    public void afterSingletonsInstantiated() {
        releases.follow();
    }

    @Scheduled(fixedDelay = 500, initialDelay = 500)
    void poll() {
        try {
            releases.follow();
        } catch (RuntimeException e) {
            log.warn("Could not check the active release: {}", e.getMessage());
        }
    }
}
