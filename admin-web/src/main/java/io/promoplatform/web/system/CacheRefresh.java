package io.promoplatform.web.system;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The threads that reload cache entries in the background (catalog look-ups, budgets).
 *
 * <p>Caffeine's default is {@code ForkJoinPool.commonPool()}, which on a 2-core machine has a
 * parallelism of one, so {@code CompletableFuture} falls back to a new thread per reload: under load
 * every quote thread that found a stale entry started a thread while holding the cache's bin lock, and
 * the others queued behind it (measured: 47 s blocked, summed over the quote threads, in a 20 s JFR
 * recording at 32 connections). Two
 * daemon threads with a queue serve every cache; reloads of one key are already de-duplicated by
 * Caffeine, so the queue is bounded by the number of cached keys.
 */
@Component
public class CacheRefresh implements Executor, AutoCloseable {

    private final ExecutorService pool;

    CacheRefresh() {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "cache-refresh-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
