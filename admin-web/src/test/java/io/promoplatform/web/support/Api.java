package io.promoplatform.web.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for end-to-end API tests against the running server. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final int port;

    public Api(int port) {
        this.port = port;
    }

    /** The release the server reports active (tests on a shared server activate releases of their own). */
    public long activeRelease() {
        for (JsonNode release : get("/api/v1/admin/releases").as("auditor").send().json().get("items")) {
            if (release.get("active").asBoolean()) {
                return release.get("release").asLong();
            }
        }
        return 0;
    }

    public Call call(String method, String path) {
        return new Call(method, path);
    }

    public Call get(String path) {
        return call("GET", path);
    }

    public Call post(String path) {
        return call("POST", path);
    }

    public Call put(String path) {
        return call("PUT", path);
    }

    public final class Call {
        private final String method;
        private final String path;
        private String authorization;
        private String contentType = "application/json";
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call as(String user, String password) {
            authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** A demo account, whose password is its name with "-demo". */
        public Call as(String demoUser) {
            return demoUser == null ? this : as(demoUser, demoUser + "-demo");
        }

        public Call bearer(String key) {
            authorization = "Bearer " + key;
            return this;
        }

        public Call json(String text) {
            body = HttpRequest.BodyPublishers.ofString(text);
            return this;
        }

        public Call body(String type, byte[] bytes) {
            contentType = type;
            body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            return this;
        }

        /** A body sent without Content-Length (chunked), to exercise limits on streamed bodies. */
        public Call chunked(byte[] bytes) {
            Supplier<java.io.InputStream> stream = () -> new java.io.ByteArrayInputStream(bytes);
            body = HttpRequest.BodyPublishers.ofInputStream(stream);
            return this;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Reply send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30)).method(method, body).header("Content-Type", contentType);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.body(), response.headers());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text(String pointer) {
            return json().at(pointer).asString();
        }
    }
}
