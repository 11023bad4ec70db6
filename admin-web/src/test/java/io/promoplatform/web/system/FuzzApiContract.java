package io.promoplatform.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Thousands of hostile requests over the quote and admin APIs (see {@link HostileRequests}): none may
 * answer 5xx, every refusal is problem+json, no answer shows a stack trace, class name, SQL or file
 * path, and afterwards the server is healthy, prices a normal cart and its audit chain verifies.
 * {@code -Dpromo.fuzz.requests=N} and {@code -Dpromo.fuzz.seed=S} run longer or other sequences.
 */
abstract class FuzzApiContract {

    /** Text that only an internal failure would put in an answer (unless the request itself carried it). */
    static final List<String> LEAKS = List.of("Exception", "\tat ", "at io.promoplatform", "org.springframework",
            "java.", "jakarta.", "tools.jackson", "com.fasterxml", "org.h2", "com.mysql", "org.drools", "org.kie",
            "SQL", "jdbc:", "Caused by", ".java:", "/work/", "/tmp/", "promo-data", "Hikari");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    /** How many requests this variant sends unless -Dpromo.fuzz.requests says otherwise. */
    abstract int defaultRequests();

    @Test
    void hostileRequestsNeverFailTheServerNorLeakItsInsides() throws Exception {
        Api api = new Api(port);
        String sku = "FZ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(api.put("/api/v1/admin/products/" + sku).as("marketer").json("""
                {"name":"Fuzz juice","brand":"Fz","category":"fz","listPrice":"3.49","cost":"1.00","currency":"USD"}""")
                .send().status()).isEqualTo(200);
        List<String> quoteIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            quoteIds.add(normalQuote(api, sku));
        }
        long seed = Long.getLong("promo.fuzz.seed", 20261122L);
        int count = Integer.getInteger("promo.fuzz.requests", defaultRequests());
        HostileRequests requests = new HostileRequests(seed, quoteIds, sku);

        Map<String, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        // four clients at once, as storefronts and admins would be; requests are generated in order
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HostileRequests.Request request = requests.next();
            sent.add(clients.submit(() -> {
                if (failures.size() >= 20) {
                    return null;
                }
                HttpResponse<String> response = send(request);
                statuses.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
                String problem = judge(request, response);
                if (problem != null) {
                    failures.add("#" + request.no() + " (seed " + seed + ", " + request.description() + ") "
                            + request.method() + " " + abbreviate(request.text()) + " -> " + response.statusCode()
                            + " " + problem + ": " + abbreviate(response.body()));
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : sent) {
            f.get();
        }
        clients.shutdown();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("fuzz: %d requests sent, seed %d, %d ms, statuses %s%n", statuses.values().stream().mapToInt(Integer::intValue).sum(), seed, millis, statuses);

        assertThat(failures).as("hostile requests the server mishandled").isEmpty();
        assertThat(statuses.keySet()).as("the fuzz reached past validation").contains("200", "400", "401");
        Api.Reply health = api.get("/actuator/health").send();
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        normalQuote(api, sku);
        Api.Reply verify = api.get("/api/v1/audit/verify").as("auditor").send();
        assertThat(verify.json().get("ok").asBoolean()).as(verify.body()).isTrue();
    }

    private static String normalQuote(Api api, String sku) {
        Api.Reply quote = api.post("/api/v1/quotes").bearer("demo-storefront-key")
                .json("{\"channel\":\"web\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":2}]}").send();
        assertThat(quote.status()).as(quote.body()).isEqualTo(200);
        assertThat(quote.json().get("total").asString()).isNotBlank();
        return quote.json().get("quoteId").asString();
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    static String judge(HostileRequests.Request request, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "server error";
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 400 && !"HEAD".equals(request.method()) && !type.startsWith("application/problem+json")) {
            return "refusal is not problem+json (" + type + ")";
        }
        String sent = request.text();
        for (String leak : LEAKS) {
            if (response.body().contains(leak) && !sent.contains(leak)) {
                return "leaks \"" + leak + "\"";
            }
        }
        return null;
    }

    private HttpResponse<String> send(HostileRequests.Request request) throws IOException, InterruptedException {
        URI uri;
        try {
            uri = URI.create("http://localhost:" + port + request.path());
        } catch (IllegalArgumentException malformedEscape) {
            // the JDK will not send a broken %-escape; send it escaped once more, still hostile
            uri = URI.create("http://localhost:" + port + request.path().replace("%", "%25"));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body().length == 0 && List.of("GET", "HEAD", "DELETE", "OPTIONS",
                        "TRACE").contains(request.method()) ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (!request.contentType().isEmpty()) {
            builder.header("Content-Type", request.contentType());
        }
        for (String[] header : request.headers()) {
            builder.header(header[0], header[1]);
        }
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...(" + flat.length() + " chars)";
    }
}
