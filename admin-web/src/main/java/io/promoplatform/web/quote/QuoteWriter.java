package io.promoplatform.web.quote;

import io.promoplatform.web.campaign.BudgetLedger;
import io.promoplatform.web.system.Backlog;
import io.promoplatform.web.system.DbTime;
import io.promoplatform.web.system.PromoProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes stored quotes (with their planned spends) off the request path: a bounded in-memory queue
 * drained by background threads ({@code promo.quote-writer.threads}, 2) in JDBC batches, one
 * transaction per batch. The threads are not woken per quote: each lingers
 * ({@code promo.quote-writer.linger}, 20 ms) and then drains up to {@code batch-size} quotes, so under
 * load batches are large and queuing costs a request thread no wake-up; waiting for a quote to land
 * ({@link #flush(String, Duration)}) ends the linger at once. The first thread also lands the spill
 * file; two threads because under load a single one got too small a share of the cores among the
 * request threads and fell behind.
 *
 * <p>Policy when the queue is full (the database is slow or down): the request thread appends the
 * quote to the local spill file ({@link QuoteSpill}) and answers; a quote is refused (503) only if
 * even that append fails. While the database is unreachable the writer keeps the batch it holds,
 * retries with exponential backoff (100 ms to 5 s), and drains the spill once a write succeeds.
 * Inserts are idempotent by quote id (ids already stored are skipped), so a batch whose commit was
 * lost in flight is retried exactly once. On shutdown (a {@link SmartLifecycle} stopped after the web
 * server) the queue is written out; what the database does not take within the shutdown timeout is
 * spilled, and the next start lands it.
 *
 * <p>Read-your-writes: a quote is findable in {@link #pending(String)} from the moment it is queued
 * until its batch commits; {@link #flush(String, Duration)} waits for one quote to land (accepting
 * needs it in the database).
 */
@Component
public class QuoteWriter implements SmartLifecycle, Backlog {

    private static final Logger log = LoggerFactory.getLogger(QuoteWriter.class);
    private static final long MIN_BACKOFF_MS = 100;
    private static final long MAX_BACKOFF_MS = 5_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final QuoteSpill spill;
    private final BlockingQueue<Pending> queue;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final int batchSize;
    private final Duration shutdownTimeout;
    private final Duration linger;
    private final AtomicLong seq = new AtomicLong();
    private final ReentrantReadWriteLock accepting = new ReentrantReadWriteLock();
    private final Object landed = new Object();
    private final Object wake = new Object();
    private final AtomicLong written = new AtomicLong();
    private volatile boolean open;
    private volatile boolean running;
    private volatile boolean databaseReachable = true;
    private final int threads;
    private volatile List<Thread> workers = List.of();

    QuoteWriter(JdbcTemplate jdbc, TransactionTemplate tx, JsonMapper json, PromoProperties properties,
            @Value("${promo.quote-writer.capacity:20000}") int capacity,
            @Value("${promo.quote-writer.batch-size:500}") int batchSize,
            @Value("${promo.quote-writer.shutdown-timeout:20s}") Duration shutdownTimeout,
            @Value("${promo.quote-writer.threads:2}") int threads,
            @Value("${promo.quote-writer.linger:20ms}") Duration linger) {
        this.threads = Math.max(1, threads);
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.tx = tx;
        this.json = json;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.shutdownTimeout = shutdownTimeout;
        this.linger = linger.isNegative() || linger.isZero() ? Duration.ofMillis(1) : linger;
        this.spill = new QuoteSpill(properties.home().resolve("quote-spill"), json);
    }

    /** A quote waiting to be written; its documents are serialised on the writer's thread. */
    private record Pending(long seq, QuoteStore.StoredQuote quote, List<BudgetLedger.Spend> spends) {
    }

    // The request side -----------------------------------------------------------------------------

    /** Queues a quote (or spills it when the queue is full); it is readable through {@link #pending}. */
    void save(QuoteStore.StoredQuote quote, List<BudgetLedger.Spend> spends) {
        Pending p = new Pending(seq.incrementAndGet(), quote, spends);
        accepting.readLock().lock();
        try {
            if (open) {
                pending.put(quote.id(), p);
                if (queue.offer(p)) {
                    return;
                }
                pending.remove(quote.id());
            }
            // full, or shutting down: keep it on disk; the next drain (or the next start) lands it
            spill.append(List.of(row(p)));
        } finally {
            accepting.readLock().unlock();
        }
    }

    /** The stored form of a quote not written yet: queued, in the batch being written, or spilled. */
    Optional<QuoteRow> pending(String id) {
        Pending p = pending.get(id);
        return p != null ? Optional.of(row(p)) : spill.find(id);
    }

    /** Whether the quote is still waiting, in memory or in the spill file. */
    boolean isPending(String id) {
        return pending.containsKey(id) || spill.contains(id);
    }

    /** Waits until {@code id} has landed; false when it has not within {@code timeout}. */
    boolean flush(String id, Duration timeout) {
        hurry();
        return await(() -> !isPending(id), timeout);
    }

    /** Waits until every quote queued before this call has landed; false on timeout. */
    boolean flush(Duration timeout) {
        long target = seq.get();
        hurry();
        return await(() -> spill.minSeq() > target && pending.values().stream().noneMatch(p -> p.seq() <= target),
                timeout);
    }

    private boolean await(java.util.function.BooleanSupplier done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (landed) {
            while (!done.getAsBoolean()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                try {
                    landed.wait(Math.min(left, 50));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    // What health and tests see ------------------------------------------------------------------------

    /** Quotes priced but not yet in the database: queued, in the batch being written, or spilled. */
    public int backlog() {
        return pending.size() + spill.size();
    }

    /** The {@code promo.write.backlog} gauge: the same count as {@link #backlog()}. */
    @Override
    public int pending() {
        return backlog();
    }

    /** False from a failed write until the next successful one. */
    @Override
    public boolean databaseReachable() {
        return databaseReachable;
    }

    /** Quotes this instance has written since it started. */
    public long written() {
        return written.get();
    }

    // The writer thread ------------------------------------------------------------------------------

    @Override
    public void start() {
        open = true;
        running = true;
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            boolean landsSpill = i == 0;
            Thread t = new Thread(() -> run(landsSpill), i == 0 ? "quote-writer" : "quote-writer-" + (i + 1));
            t.setDaemon(false);
            started.add(t);
        }
        workers = List.copyOf(started);
        started.forEach(Thread::start);
    }

    @Override
    public void stop() {
        accepting.writeLock().lock();
        try {
            open = false;
        } finally {
            accepting.writeLock().unlock();
        }
        running = false;
        if (workers.isEmpty()) {
            return;
        }
        wake();
        long deadline = System.nanoTime() + shutdownTimeout.toNanos() + 5_000_000_000L;
        for (Thread t : workers) {
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers = List.of();
        log.info("Quote writer stopped: {} written this run, {} waiting in the spill file", written.get(), spill.size());
    }

    @Override
    public boolean isRunning() {
        return !workers.isEmpty();
    }

    /** After the web server (phase Integer.MAX_VALUE - 1024) stopped taking requests; before the pool closes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }

    /** One writer thread; {@code landsSpill}: this one also lands the spill files (one thread does). */
    private void run(boolean landsSpill) {
        long backoff = MIN_BACKOFF_MS;
        long stopDeadline = Long.MAX_VALUE;
        List<Pending> batch = new ArrayList<>(batchSize);
        boolean retried = false;
        while (true) {
            if (!running && stopDeadline == Long.MAX_VALUE) {
                stopDeadline = System.nanoTime() + shutdownTimeout.toNanos();
            }
            if (batch.isEmpty()) {
                queue.drainTo(batch, batchSize);
                if (batch.isEmpty()) {
                    if (!running) {
                        break;
                    }
                    if (!databaseReachable && reachable()) {
                        recovered(); // idle: nothing to write, but accepting waits for this answer
                    }
                    boolean spilled = landsSpill && spill.size() > 0;
                    if (spilled && databaseReachable && drainSpill()) {
                        continue;
                    }
                    // not woken by each queued quote (a wake-up per quote cost the request threads a futex
                    // call each and left the writer writing batches of one or two): it lingers, then drains
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(spilled ? backoff : linger.toMillis()));
                    if (Thread.currentThread().isInterrupted()) {
                        break;
                    }
                    if (spilled && queue.isEmpty()) {
                        drainSpill();
                    }
                    continue;
                }
            }
            try {
                List<QuoteRow> rows = batch.stream().map(this::row).toList();
                // a batch fresh from the queue cannot be stored yet (its ids were made here and never
                // written); only a retried one may have landed with a commit whose answer was lost
                insert(rows, retried);
                retried = false;
                batch.forEach(p -> pending.remove(p.quote().id()));
                batch.clear();
                backoff = MIN_BACKOFF_MS;
                recovered();
                signalLanded();
            } catch (RuntimeException e) {
                if (!running && System.nanoTime() > stopDeadline) {
                    break;
                }
                backoff = failed(e, batch, backoff);
                retried = !batch.isEmpty();
            }
        }
        // shutting down with quotes the database would not take in time: keep them for the next start
        queue.drainTo(batch);
        if (!batch.isEmpty()) {
            spill.append(batch.stream().map(this::row).toList());
            batch.forEach(p -> pending.remove(p.quote().id()));
            log.warn("{} quotes could not be written before shutdown; spilled for the next start", batch.size());
            signalLanded();
        }
    }

    /** After a failed write: backs off while the database is down, sets bad rows aside when it is not. */
    private long failed(RuntimeException e, List<Pending> batch, long backoff) {
        if (reachable()) {
            // the database answers but refused this batch: write row by row so one bad quote holds none back
            for (Pending p : batch) {
                QuoteRow row = row(p);
                try {
                    insert(List.of(row), true);
                } catch (RuntimeException rowFailure) {
                    if (!reachable()) {
                        return backoff; // lost the database meanwhile: retry the rest later
                    }
                    spill.reject(json.writeValueAsString(row), "refused by the database: "
                            + rowFailure.getClass().getSimpleName());
                }
                pending.remove(p.quote().id());
            }
            batch.clear();
            signalLanded();
            return MIN_BACKOFF_MS;
        }
        if (databaseReachable) {
            log.warn("Database unreachable; quotes are kept ({} waiting) and retried: {}", backlog(),
                    e.getClass().getSimpleName());
        }
        databaseReachable = false;
        sleep(backoff);
        return Math.min(backoff * 2, MAX_BACKOFF_MS);
    }

    /** Lands whole spill files; false when the database refused (the files stay for the next try). */
    private boolean drainSpill() {
        try {
            for (java.nio.file.Path file : spill.drainable()) {
                List<QuoteRow> rows = spill.read(file);
                for (int from = 0; from < rows.size(); from += batchSize) {
                    insert(rows.subList(from, Math.min(rows.size(), from + batchSize)), true);
                }
                spill.landed(file, rows);
                recovered();
                log.info("{} spilled quotes landed from {}", rows.size(), file.getFileName());
                signalLanded();
            }
            return true;
        } catch (RuntimeException e) {
            if (!reachable()) {
                databaseReachable = false;
            } else {
                log.error("Spilled quotes were refused by the database; the file is kept", e);
            }
            return false;
        }
    }

    private void recovered() {
        if (!databaseReachable) {
            databaseReachable = true;
            log.info("Database reachable again; {} quotes still waiting", backlog());
        }
    }

    private boolean reachable() {
        try {
            jdbc.getJdbcTemplate().queryForObject("SELECT 1", Integer.class);
            return true;
        } catch (DataAccessException e) {
            return false;
        }
    }

    private void signalLanded() {
        synchronized (landed) {
            landed.notifyAll();
        }
    }

    /** Not Thread.interrupt: an interrupt closes H2's file channels under a running statement. */
    private void sleep(long millis) {
        synchronized (wake) {
            try {
                // stopping: retry often until the shutdown deadline, then spill
                wake.wait(running ? millis : Math.min(millis, 100));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void wake() {
        synchronized (wake) {
            wake.notifyAll();
        }
        hurry();
    }

    /** Ends the writers' linger now: someone waits for a quote to land, or the writer is stopping. */
    private void hurry() {
        workers.forEach(LockSupport::unpark);
    }

    /**
     * One transaction: when {@code mayBeStored}, skips ids already stored (a retried batch whose first
     * commit did land, a spill file landed before), then batch-inserts the quotes and their spends.
     */
    private void insert(List<QuoteRow> rows, boolean mayBeStored) {
        Integer inserted = tx.execute(status -> {
            Set<String> stored = !mayBeStored ? Set.of() : new HashSet<>(jdbc.queryForList(
                    "SELECT id FROM quote WHERE id IN (:ids)",
                    Map.of("ids", rows.stream().map(QuoteRow::id).toList()), String.class));
            List<QuoteRow> fresh = stored.isEmpty() ? rows
                    : rows.stream().filter(r -> !stored.contains(r.id())).toList();
            if (fresh.isEmpty()) {
                return 0;
            }
            jdbc.batchUpdate("""
                    INSERT INTO quote (id, priced_at, expires_at, api_key_id, customer_id, segment_id, release_no,
                                       model_version, currency, list_total, discount_total, total, response_json, trace_json)
                    VALUES (:id, :pricedAt, :expiresAt, :key, :customer, :segment, :release, :model, :currency,
                            :listTotal, :discountTotal, :total, :response, :trace)""",
                    fresh.stream().map(q -> new MapSqlParameterSource()
                            .addValue("id", q.id()).addValue("pricedAt", DbTime.of(q.pricedAt()))
                            .addValue("expiresAt", DbTime.of(q.expiresAt())).addValue("key", q.apiKeyId())
                            .addValue("customer", q.customerId()).addValue("segment", q.segment())
                            .addValue("release", q.release()).addValue("model", q.modelVersion())
                            .addValue("currency", q.currency()).addValue("listTotal", q.listTotal())
                            .addValue("discountTotal", q.discountTotal()).addValue("total", q.total())
                            .addValue("response", q.responseJson()).addValue("trace", q.traceJson()))
                            .toArray(MapSqlParameterSource[]::new));
            List<MapSqlParameterSource> spends = new ArrayList<>();
            fresh.forEach(q -> q.spends().forEach(s -> spends.add(new MapSqlParameterSource()
                    .addValue("quote", q.id()).addValue("campaign", s.campaign()).addValue("segment", s.segment())
                    .addValue("amount", s.amount()))));
            if (!spends.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO quote_spend (quote_id, campaign_id, segment_id, amount) "
                        + "VALUES (:quote, :campaign, :segment, :amount)", spends.toArray(MapSqlParameterSource[]::new));
            }
            return fresh.size();
        });
        written.addAndGet(inserted == null ? 0 : inserted);
    }

    private QuoteRow row(Pending p) {
        QuoteStore.StoredQuote q = p.quote();
        return new QuoteRow(p.seq(), q.id(), q.pricedAt(), q.expiresAt(), q.apiKeyId(), q.customerId(), q.segment(),
                q.release(), q.modelVersion(), q.currency(), q.listTotal(), q.discountTotal(), q.total(),
                q.responseJson(), json.writeValueAsString(q.trace()), p.spends());
    }
}
