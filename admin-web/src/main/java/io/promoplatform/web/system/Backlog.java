package io.promoplatform.web.system;

/**
 * Work accepted but not yet durably written (quote and audit records queued by an asynchronous
 * writer). Exposed as the {@code promo.write.backlog} gauge; without a writer that queues, it is 0.
 */
@FunctionalInterface
public interface Backlog {

    /** Records waiting to be written right now. */
    int pending();
}
