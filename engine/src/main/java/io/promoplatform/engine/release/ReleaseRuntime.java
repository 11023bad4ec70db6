package io.promoplatform.engine.release;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the release that prices quotes. Swapping is a single reference write, so a quote that read
 * the active release keeps pricing with it while a newer one goes live.
 */
public final class ReleaseRuntime {

    private final AtomicReference<Release> active = new AtomicReference<>(Release.empty());

    public Release active() {
        return active.get();
    }

    /** Makes {@code release} the active one and returns the one it replaced. */
    public Release swap(Release release) {
        return active.getAndSet(Objects.requireNonNull(release));
    }
}
