package io.promoplatform.web.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.campaign.BudgetLedger;
import io.promoplatform.web.support.OnH2;
import io.promoplatform.web.system.PromoProperties;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batching quote writer on its own instances (not the application's), over the test database
 * behind a switch that makes it unreachable: flush on shutdown, nothing lost when the database is
 * down or the queue is full, exactly once after a retry, read-your-writes while pending.
 */
@OnH2
class QuoteWriterOnH2Test {

    @Autowired
    DataSource database;
    @Autowired
    JsonMapper json;
    @TempDir
    Path home;

    final Switchable dataSource = new Switchable();
    final List<QuoteWriter> writers = new ArrayList<>();
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void wire() {
        dataSource.target = database;
    }

    @AfterEach
    void stopWriters() {
        dataSource.down.set(false);
        writers.forEach(w -> {
            if (w.isRunning()) {
                w.stop();
            }
        });
    }

    @Test
    void stopWritesOutEveryQueuedQuote() {
        QuoteWriter writer = writer(20_000);
        writer.start();
        List<String> ids = saveQuotes(writer, 300);

        writer.stop();

        assertThat(storedCount(ids)).isEqualTo(300);
        assertThat(spendCount(ids)).isEqualTo(300);
        assertThat(writer.backlog()).isZero();
    }

    @Test
    void keepsQuotesWhileTheDatabaseIsDownAndLandsThemOnceAfterRecovery() {
        QuoteWriter writer = writer(20_000);
        writer.start();
        dataSource.down.set(true);
        List<String> ids = saveQuotes(writer, 50);

        assertThat(writer.flush(Duration.ofMillis(500))).isFalse();
        assertThat(writer.databaseReachable()).isFalse();
        assertThat(writer.backlog()).isEqualTo(50);
        // read-your-writes while pending: the stored documents are served from memory
        assertThat(writer.pending(ids.get(7))).hasValueSatisfying(q -> assertThat(q.id()).isEqualTo(ids.get(7)));

        dataSource.down.set(false);

        assertThat(writer.flush(Duration.ofSeconds(20))).isTrue();
        assertThat(storedCount(ids)).isEqualTo(50);
        assertThat(spendCount(ids)).isEqualTo(50);
        assertThat(writer.databaseReachable()).isTrue();
    }

    @Test
    void aFullQueueSpillsToDiskAndTheSpillLandsAfterRecovery() throws Exception {
        QuoteWriter writer = writer(10);
        writer.start();
        dataSource.down.set(true);
        List<String> ids = saveQuotes(writer, 200);

        assertThat(writer.backlog()).isEqualTo(200);
        assertThat(Files.readAllLines(home.resolve("quote-spill/current.jsonl"))).hasSizeGreaterThanOrEqualTo(150);
        ids.forEach(id -> assertThat(writer.isPending(id)).as(id).isTrue());

        dataSource.down.set(false);

        assertThat(writer.flush(Duration.ofSeconds(30))).isTrue();
        assertThat(storedCount(ids)).isEqualTo(200);
        assertThat(spendCount(ids)).isEqualTo(200);
    }

    @Test
    void aShutdownWithTheDatabaseDownSpillsAndTheNextStartLandsEverything() {
        QuoteWriter first = writer(20_000);
        first.start();
        dataSource.down.set(true);
        List<String> ids = saveQuotes(first, 120);

        first.stop(); // the database does not come back within the shutdown timeout

        assertThat(storedCount(ids)).isZero();
        dataSource.down.set(false);
        QuoteWriter next = writer(20_000); // the next run, same promo.home
        assertThat(next.backlog()).isEqualTo(120);
        next.start();

        assertThat(next.flush(ids.get(119), Duration.ofSeconds(30))).isTrue();
        assertThat(storedCount(ids)).isEqualTo(120);
        assertThat(spendCount(ids)).isEqualTo(120);
    }

    @Test
    void aQuoteWhoseCommitLandedBeforeARetryIsStoredOnce() {
        QuoteWriter earlier = writer(20_000);
        earlier.start();
        List<String> ids = saveQuotes(earlier, 5);
        earlier.stop();

        // the same quotes again, as a retry after a lost commit acknowledgement would write them
        QuoteWriter retry = writer(20_000);
        retry.start();
        for (String id : ids) {
            retry.save(quote(id), List.of(new BudgetLedger.Spend("bench-" + run, "default", BigDecimal.ONE)));
        }
        retry.stop();

        assertThat(storedCount(ids)).isEqualTo(5);
        assertThat(spendCount(ids)).isEqualTo(5);
        assertThat(home.resolve("quote-spill/rejected.jsonl")).doesNotExist();
    }

    private QuoteWriter writer(int capacity) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        QuoteWriter writer = new QuoteWriter(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                json, new PromoProperties(home, false, null, null, null, null), capacity, 100,
                Duration.ofMillis(500), 2, Duration.ofMillis(20));
        writers.add(writer);
        return writer;
    }

    private List<String> saveQuotes(QuoteWriter writer, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "Q-W" + run + "-" + i;
            writer.save(quote(id), List.of(new BudgetLedger.Spend("bench-" + run, "default", BigDecimal.ONE)));
            ids.add(id);
        }
        return ids;
    }

    /** Priced long ago, so the dashboard's and replay's time windows in other test classes never meet it. */
    private static QuoteStore.StoredQuote quote(String id) {
        Instant at = Instant.parse("2001-01-01T00:00:00Z");
        return new QuoteStore.StoredQuote(id, at, at.plusSeconds(900), null, null, "default", 0, null, "USD",
                BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN, "{}", null);
    }

    private long storedCount(List<String> ids) {
        return new NamedParameterJdbcTemplate(database).queryForObject("SELECT COUNT(*) FROM quote WHERE id IN (:ids)",
                Map.of("ids", ids), Long.class);
    }

    private long spendCount(List<String> ids) {
        return new NamedParameterJdbcTemplate(database).queryForObject(
                "SELECT COUNT(*) FROM quote_spend WHERE quote_id IN (:ids)", Map.of("ids", ids), Long.class);
    }

    /** The test database, or a database that refuses every connection. */
    static final class Switchable implements DataSource {

        final AtomicBoolean down = new AtomicBoolean();
        DataSource target;

        @Override
        public Connection getConnection() throws SQLException {
            if (down.get()) {
                throw new java.sql.SQLTransientConnectionException("test: database down", "08001");
            }
            return target.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
