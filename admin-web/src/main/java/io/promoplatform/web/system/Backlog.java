package io.promoplatform.web.system;

/**
 * Work accepted but not yet written to the database, as the plumbing sees it: the {@code
 * promo.write.backlog} gauge and the health indicator read it without knowing which feature writes
 * behind (the quote writer does: quotes with their audit records and traces, queued, in a batch or
 * in a spill file).
 */
public interface Backlog {

    /** Records waiting to be written right now. */
    int pending();

    /** False while the last write found the database unreachable. */
    boolean databaseReachable();
}
