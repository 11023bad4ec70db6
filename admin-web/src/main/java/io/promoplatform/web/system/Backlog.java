package io.promoplatform.web.system;

/**
 * Work accepted but not yet written to the database: the quotes (each with its audit record, the
 * stored trace) that {@code QuoteWriter} holds in its queue, in the batch being written or in the
 * spill file. Exposed as the {@code promo.write.backlog} gauge.
 */
@FunctionalInterface
public interface Backlog {

    /** Records waiting to be written right now. */
    int pending();
}
