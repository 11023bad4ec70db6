package io.promoplatform.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.promoplatform.web.quote.QuoteWriter;
import io.promoplatform.web.support.Api;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The quote path through a database outage, on a PRIVATE MariaDB server this test starts (its own data
 * directory under target/, a free port, its own socket) and kills and restarts. The machine's shared
 * server on 3306 is never touched. While the database is down quotes are still priced (from the
 * caches) and readable, accepting answers 503 problem+json, health says DEGRADED; every quote priced
 * meanwhile (more than the writer's queue holds, so some go through the spill file) lands after the
 * restart, each exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver",
        "spring.datasource.username=root",
        "spring.datasource.password=",
        "spring.datasource.hikari.connection-timeout=1000",
        "promo.demo=true",
        "promo.samples.rules=false",
        "promo.quote-writer.capacity=40"})
class DatabaseFaultsOnMariaDbTest {

    static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    static final String KEY = "demo-storefront-key";
    static final String CART = """
            {"channel":"web","customerId":"C-1001","lines":[{"sku":"OJ-TROP-64","quantity":2},
             {"sku":"OJ-DOM-128","quantity":1}]}""";

    static Path dir;
    static int dbPort;
    static Process server;

    @LocalServerPort
    int port;
    @Autowired
    QuoteWriter writer;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void privateServer(DynamicPropertyRegistry registry) throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(ci || Files.isExecutable(MARIADBD), "no /usr/sbin/mariadbd on this machine");
        dir = Path.of("target", "faults-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        Files.createDirectories(dir);
        try (ServerSocket free = new ServerSocket(0)) {
            dbPort = free.getLocalPort();
        }
        run(List.of("mariadb-install-db", "--no-defaults", "--auth-root-authentication-method=normal",
                "--datadir=" + dir.resolve("data"), "--user=root", "--skip-test-db"));
        start();
        registry.add("spring.datasource.url", () -> "jdbc:mysql://127.0.0.1:" + dbPort
                + "/promo?createDatabaseIfNotExist=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&rewriteBatchedStatements=true&connectTimeout=1000");
        registry.add("promo.home", () -> dir.resolve("home").toString());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void quotesAreServedAndKeptThroughAnOutageAndLandOnceAfterIt() throws Exception {
        Api api = new Api(port);
        // before the outage: quoting warms the caches, accepting works
        String before = api.post("/api/v1/quotes").bearer(KEY).json(CART).send().text("/quoteId");
        assertThat(api.post("/api/v1/quotes/" + before + "/accept").bearer(KEY).header("Idempotency-Key", "k-" + before)
                .send().status()).isEqualTo(200);

        server.destroyForcibly().waitFor(20, TimeUnit.SECONDS);

        List<String> during = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Api.Reply reply = api.post("/api/v1/quotes").bearer(KEY).json(CART).send();
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            during.add(reply.text("/quoteId"));
        }
        Api.Reply read = api.get("/api/v1/quotes/" + during.get(during.size() - 1)).bearer(KEY).send();
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("trace")).isNotNull();

        Api.Reply accept = api.post("/api/v1/quotes/" + during.get(0) + "/accept").bearer(KEY)
                .header("Idempotency-Key", "k-" + during.get(0)).send();
        assertThat(accept.status()).isEqualTo(503);
        assertThat(accept.contentType()).startsWith("application/problem+json");
        assertThat(accept.text("/type")).isEqualTo("https://promo-platform.dev/problems/unavailable");
        assertThat(accept.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(accept.body()).doesNotContainIgnoringCase("sql").doesNotContain("Exception").doesNotContain("jdbc");

        Api.Reply health = api.get("/actuator/health").send();
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(health.json().has("components")).as("no details").isFalse();
        assertThat(health.body()).doesNotContain("quotesWaiting").doesNotContain("unreachable");
        assertThat(writer.backlog()).isEqualTo(150);
        assertThat(meters.get("promo.write.backlog").gauge().value()).as("the backlog gauge").isEqualTo(150.0);

        start();

        awaitUpTo(Duration.ofSeconds(40), () -> writer.backlog() == 0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quote WHERE id IN (:ids)", Map.of("ids", during),
                Long.class)).isEqualTo(150);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT id) FROM quote WHERE id IN (:ids)", Map.of("ids", during),
                Long.class)).isEqualTo(150);
        assertThat(api.post("/api/v1/quotes/" + during.get(0) + "/accept").bearer(KEY)
                .header("Idempotency-Key", "k-" + during.get(0)).send().status()).isEqualTo(200);
        awaitUpTo(Duration.ofSeconds(10), () -> "UP".equals(api.get("/actuator/health").send().json()
                .get("status").asString()));
    }

    private static void awaitUpTo(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within " + limit).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Starts (or restarts, on the same data directory and port) the private server and waits for it. */
    private static void start() throws IOException, InterruptedException {
        server = new ProcessBuilder(MARIADBD.toString(), "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--port=" + dbPort, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"), "--user=root", "--skip-grant-tables",
                "--innodb-buffer-pool-size=32M", "--skip-log-bin")
                .redirectErrorStream(true).redirectOutput(dir.resolve("mariadbd.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket("127.0.0.1", dbPort)) {
                return;
            } catch (IOException notYet) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("mariadbd exited: " + Files.readString(dir.resolve("mariadbd.log")));
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("mariadbd did not answer on port " + dbPort);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        File log = dir.resolve("install.log").toFile();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log.toPath()));
        }
    }
}
