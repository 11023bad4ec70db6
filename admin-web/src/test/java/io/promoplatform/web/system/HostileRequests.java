package io.promoplatform.web.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of hostile API requests: for a given seed the same sequence every run, so a
 * failure names its request number and can be replayed. Each request starts from a well-formed body
 * of its endpoint and breaks it one way (malformed JSON, wrong types, huge or negative numbers, deep
 * nesting, oversized bodies, control and odd unicode characters, SQL- and DRL-injection-like text,
 * traversal in ids, wrong content types, missing, duplicate or bad credentials). It never sends a
 * body that could activate a release or start a planning job: the server is shared with other tests.
 */
final class HostileRequests {

    record Request(int no, String method, String path, String contentType, byte[] body, List<String[]> headers,
            String description) {

        String text() {
            return path + " " + new String(body, StandardCharsets.UTF_8);
        }
    }

    static final String STOREFRONT = "Bearer demo-storefront-key";

    private final Random random;
    private final List<String> quoteIds;
    private final String sku;
    private int no;

    HostileRequests(long seed, List<String> quoteIds, String sku) {
        this.random = new Random(seed);
        this.quoteIds = quoteIds;
        this.sku = sku;
    }

    private static final String[] HOSTILE_TEXT = {
            "' OR '1'='1", "'; DROP TABLE quote; --", "\" OR 1=1 #", "1; SELECT SLEEP(5)", "%' UNION SELECT *--",
            "\"; end rule \"X\" when then System.exit(0); end", "rule x when $p : Object() then end",
            "${jndi:ldap://x/a}", "#{7*7}", "<script>alert(1)</script>", "../../../../etc/passwd", "..\\..\\win.ini",
            "\u0000", "\u0000abc\u0001\u001f", "\u202eevil", "\ud83c\udf4a\ud83c\udf4a", "\ufeff", "\ud800",
            "a".repeat(70), "b".repeat(5000), "", " ", "\n\r\t", "null", "NaN", "-0", "１２３", "Ω≈ç√∫"};
    private static final String[] HOSTILE_IDS = {
            "..", "../admin", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f", "%252e%252e", "a%00b", "a;jsessionid=x",
            "Q-" + "Z".repeat(26), "Q-00000000000000000000000000", "x".repeat(300), "%E2%80%AE", "%F0%9F%8D%8A",
            "%27%20OR%201%3D1", "%22%3B", "-1", "0", "99999999999999999999", "1e9", "%20", "R-1%0d%0aX:%20y", "~",
            "%5C..%5C", "%", "%zz"};
    private static final String[] NUMBERS = {
            "0", "-1", "-0", "1.5", "1e400", "-1e400", "99999999999999999999999999", "9223372036854775808",
            "2147483648", "1E+999999999", "0.000000000000000000000001", "NaN", "Infinity", "0x10"};
    private static final String[] MONEY = {
            "\"1e999999999\"", "\"-1e999999999\"", "\"1E+2147483647\"", "\"99999999999999999999999.99\"",
            "\"-5.00\"", "\"0.001\"", "\"1,00\"", "\"NaN\"", "\"Infinity\"", "\"\"", "\" 1.00\"", "\"0x10\"",
            "\"1e-999999999\"", "\"3.49\"", "3.49", "\"١٢\""};
    private static final String[] CONTENT_TYPES = {
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
            "multipart/form-data; boundary=zzz", "application/json; charset=utf-16", "application/json; charset=bogus",
            "", "*/*", "application/problem+json", "text/csv"};

    /** The next request; {@code oversizedEvery} in that many is over the 256 KiB limit. */
    Request next() {
        no++;
        int pick = random.nextInt(100);
        Endpoint endpoint = pick < 30 ? quote() : pick < 38 ? storedQuote() : pick < 46 ? accept() : admin();
        return mutate(endpoint);
    }

    /** An endpoint with a well-formed body, before it is broken. */
    private record Endpoint(String method, String path, String body, String authorization, String contentType,
            List<String[]> headers) {
    }

    private Endpoint quote() {
        String body = """
                {"customerId":"C-1001","storeId":"S-2","channel":"web","currency":"USD","couponCodes":["JUICE10"],
                 "at":"2026-11-22T10:00:00Z","lines":[{"sku":"%s","quantity":2},{"sku":"OJ-TROP-64","quantity":1}]}"""
                .formatted(sku);
        return new Endpoint("POST", "/api/v1/quotes", body, STOREFRONT, "application/json", List.of());
    }

    private Endpoint storedQuote() {
        return new Endpoint("GET", "/api/v1/quotes/" + someQuoteId(), "", random.nextBoolean() ? STOREFRONT
                : basic("auditor"), "application/json", List.of());
    }

    private Endpoint accept() {
        List<String[]> headers = new ArrayList<>();
        switch (random.nextInt(5)) {
            case 0 -> { }
            case 1 -> headers.add(new String[] {"Idempotency-Key", ""});
            case 2 -> headers.add(new String[] {"Idempotency-Key", "k".repeat(5000)});
            case 3 -> {
                headers.add(new String[] {"Idempotency-Key", "fuzz-" + random.nextInt(1000)});
                headers.add(new String[] {"Idempotency-Key", "fuzz-dup-" + random.nextInt(1000)});
            }
            default -> headers.add(new String[] {"Idempotency-Key", pick(HOSTILE_TEXT).replaceAll("[\\x00-\\x1f\\x7f]", "_")
                    .replaceAll("[^\\x20-\\x7e]", "?")});
        }
        return new Endpoint("POST", "/api/v1/quotes/" + someQuoteId() + "/accept", "", STOREFRONT, "application/json",
                headers);
    }

    private String someQuoteId() {
        return random.nextInt(3) == 0 ? pick(HOSTILE_IDS) : quoteIds.get(random.nextInt(quoteIds.size()));
    }

    private Endpoint admin() {
        String id = random.nextInt(3) == 0 ? pick(HOSTILE_IDS) : "FZ-" + Integer.toString(random.nextInt(1 << 20), 36);
        return switch (random.nextInt(16)) {
            case 0 -> json("POST", "/api/v1/admin/rules", "marketer", """
                    {"name":"Fuzz rule","kind":"PROMOTION","priority":100,"stacking":"STACKABLE","campaign":"fz",
                     "conditions":{"skus":["%s"],"minLineQuantity":2,"signals":{"elasticityAtMost":-3.0}},
                     "effect":{"type":"PERCENT_OFF","percent":"10"}}""".formatted(sku));
            case 1 -> json("POST", "/api/v1/admin/rules", "admin", """
                    {"name":"Fuzz drl","kind":"PROMOTION","priority":10,
                     "drl":"rule \\"Fz\\" when $l : PricedLine() then $l.discount(1); end"}""");
            case 2 -> json("PUT", "/api/v1/admin/rules/" + id, "marketer", """
                    {"name":"Fuzz rule","kind":"GUARD","effect":{"type":"MIN_MARGIN_PERCENT","percent":"5"}}""");
            case 3 -> json("POST", "/api/v1/admin/rules/" + id + "/" + pick(new String[] {"submit", "approve",
                    "reject", "retire"}), random.nextBoolean() ? "approver" : "marketer", "{\"comment\":\"fz\"}");
            case 4 -> json("POST", "/api/v1/admin/releases", "approver", """
                    {"comment":"fuzz","ruleIds":["%s","R-NOPE"]}""".formatted(id));
            case 5 -> json("POST", "/api/v1/admin/releases/" + pick(new String[] {"-1", "99999999", "1e3", "x",
                    "9223372036854775808", "%2e%2e"}) + "/activate", "approver", "");
            case 6 -> json("POST", "/api/v1/admin/simulate", "marketer", """
                    {"ruleIds":["R-NOPE"],"quotes":[{"channel":"web","lines":[{"sku":"%s","quantity":3}]}],
                     "replay":{"from":"2026-01-01T00:00:00Z","to":"2026-01-02T00:00:00Z","limit":5}}"""
                    .formatted(sku));
            case 7 -> json("PUT", "/api/v1/admin/products/" + id, "marketer", """
                    {"name":"Fuzz juice","brand":"Fz","category":"fz","listPrice":"3.49","cost":"1.00","currency":"USD"}""");
            case 8 -> json("PUT", "/api/v1/admin/" + pick(new String[] {"segments", "stores", "customers"}) + "/" + id,
                    "marketer", """
                    {"name":"Fz","description":"d","segment":"default","homeStore":"S-2","tags":["loyalty"]}""");
            case 9 -> json("PUT", "/api/v1/admin/campaigns/" + id, "marketer", """
                    {"name":"Fuzz","budget":"100.00","currency":"USD","startsAt":"2026-01-01T00:00:00Z",
                     "endsAt":"2026-12-31T00:00:00Z","segments":{"default":{"min":"0.00","max":"50.00"}}}""");
            // a plan job for a campaign that does not exist: refused before any solver starts
            case 10 -> json("POST", "/api/v1/admin/campaigns/NO-SUCH-" + id + "/plans", "marketer", """
                    {"secondsLimit":1,"step":"50.00"}""");
            case 11 -> json("GET", "/api/v1/admin/plans/" + id, "auditor", "");
            case 12 -> new Endpoint("POST", "/api/v1/admin/catalog/import", """
                    sku,name,brand,category,listPrice,cost,currency
                    %s,Fuzz,Fz,fz,3.49,1.00,USD
                    """.formatted(id.replace(",", "")), basic("marketer"), "text/csv", List.of());
            case 13 -> json("GET", "/api/v1/audit/events?entity=" + enc(pick(HOSTILE_TEXT)) + "&actor="
                    + enc(pick(HOSTILE_TEXT)) + "&from=" + enc(pick(new String[] {"2026-01-01T00:00:00Z", "yesterday",
                    "2026-13-45T99:00:00Z", "-999999999-01-01T00:00:00Z", ""})) + "&page=" + enc(pick(NUMBERS)),
                    "auditor", "");
            case 14 -> json("GET", "/api/v1/admin/" + pick(new String[] {"products", "segments", "stores",
                    "customers", "rules", "releases", "campaigns"}) + "?page=" + enc(pick(NUMBERS)) + "&size="
                    + enc(pick(NUMBERS)), "auditor", "");
            default -> json("GET", "/api/v1/admin/" + pick(new String[] {"products/", "rules/", "releases/",
                    "campaigns/", "releases/1/diff/", "rules/R-1/revisions?x="}) + id, "auditor", "");
        };
    }

    private static Endpoint json(String method, String path, String user, String body) {
        return new Endpoint(method, path, body, basic(user), "application/json", List.of());
    }

    static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
    }

    /** Breaks one thing about a well-formed request. */
    private Request mutate(Endpoint e) {
        String body = e.body();
        String contentType = e.contentType();
        String authorization = e.authorization();
        List<String[]> headers = new ArrayList<>(e.headers());
        String how;
        int kind = random.nextInt(100);
        if (kind < 5) {
            how = "as is";
        } else if (kind < 15 && !body.isEmpty()) {
            how = "truncated";
            body = body.substring(0, random.nextInt(body.length()));
        } else if (kind < 22 && !body.isEmpty()) {
            how = "stray character";
            int at = random.nextInt(body.length());
            body = body.substring(0, at) + pick(new String[] {"{", "}", "[", "\"", ",", ":", "\\", "\u0000", "'"})
                    + body.substring(at);
        } else if (kind < 40 && body.contains(":")) {
            how = "value replaced";
            body = replaceValue(body, pick(new String[] {pick(NUMBERS), pick(MONEY), "true", "null", "[]", "{}",
                    "[[[1]]]", "{\"a\":{\"b\":1}}", json(pick(HOSTILE_TEXT)), "[" + json(pick(HOSTILE_TEXT)) + "]"}));
        } else if (kind < 50 && body.contains("\"")) {
            how = "string replaced";
            body = replaceString(body, pick(HOSTILE_TEXT));
        } else if (kind < 55 && body.startsWith("{")) {
            how = "unknown or duplicate field";
            body = "{\"" + pick(new String[] {"lines", "channel", "__proto__", "@class", "x".repeat(1000), "name"})
                    + "\":" + pick(new String[] {"1", "\"web\"", "{}", "[]", "null"}) + "," + body.substring(1);
        } else if (kind < 59) {
            how = "deep nesting";
            int depth = pick(new int[] {600, 2000, 20000});
            body = "{\"lines\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        } else if (kind < 61) {
            how = "oversized";
            StringBuilder big = new StringBuilder("{\"channel\":\"web\",\"lines\":[");
            while (big.length() < 270 * 1024) {
                big.append("{\"sku\":\"OJ-TROP-64\",\"quantity\":1},");
            }
            body = big.append("{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}").toString();
        } else if (kind < 64 && body.contains("\"lines\"")) {
            how = "many lines";
            int n = pick(new int[] {0, 501, 2000});
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < n; i++) {
                lines.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(sku).append("\",\"quantity\":9999}");
            }
            body = "{\"channel\":\"web\",\"couponCodes\":[" + "\"C\",".repeat(25) + "\"C\"],\"lines\":[" + lines + "]}";
        } else if (kind < 72) {
            how = "content type";
            contentType = pick(CONTENT_TYPES);
        } else if (kind < 84) {
            how = "credentials";
            authorization = pick(new String[] {null, "", "Bearer ", "Bearer " + "x".repeat(4000), "Bearer ' OR 1=1",
                    "Basic", "Basic !!!", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    "admin:wrong".getBytes(StandardCharsets.UTF_8)), "Basic " + java.util.Base64.getEncoder()
                    .encodeToString("nobody".getBytes(StandardCharsets.UTF_8)), "Digest x", basic("auditor"),
                    STOREFRONT, basic("marketer")});
        } else if (kind < 88) {
            how = "duplicate header";
            headers.add(new String[] {"Authorization", pick(new String[] {STOREFRONT, basic("admin"), "Bearer x"})});
            headers.add(new String[] {"Content-Type", pick(CONTENT_TYPES)});
        } else if (kind < 92) {
            how = "bytes";
            byte[] noise = new byte[random.nextInt(2000)];
            random.nextBytes(noise);
            return new Request(no, e.method(), e.path(), contentType, noise, headers(authorization, headers), how);
        } else {
            how = "method";
            return new Request(no, pick(new String[] {"DELETE", "PATCH", "PUT", "OPTIONS", "HEAD", "TRACE"}),
                    e.path(), contentType, body.getBytes(StandardCharsets.UTF_8), headers(authorization, headers), how);
        }
        if (e.path().equals("/api/v1/admin/releases") && !body.contains("\"R-NOPE\"]")) {
            // without the unapproved rule it could release and activate every approved rule
            body = "{";
        }
        return new Request(no, e.method(), e.path(), contentType, body.getBytes(StandardCharsets.UTF_8),
                headers(authorization, headers), how);
    }

    private static List<String[]> headers(String authorization, List<String[]> extra) {
        List<String[]> all = new ArrayList<>();
        if (authorization != null) {
            all.add(new String[] {"Authorization", authorization});
        }
        all.addAll(extra);
        return all;
    }

    private String replaceValue(String body, String value) {
        List<Integer> colons = new ArrayList<>();
        for (int i = body.indexOf(':'); i >= 0; i = body.indexOf(':', i + 1)) {
            colons.add(i);
        }
        int at = colons.get(random.nextInt(colons.size())) + 1;
        int end = at;
        int depth = 0;
        boolean inString = false;
        for (; end < body.length(); end++) {
            char c = body.charAt(end);
            if (inString) {
                if (c == '\\') {
                    end++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        return body.substring(0, at) + value + body.substring(Math.min(end, body.length()));
    }

    private String replaceString(String body, String text) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = body.indexOf('"'); i >= 0; i = body.indexOf('"', i + 1)) {
            quotes.add(i);
        }
        int pair = random.nextInt(quotes.size() / 2) * 2;
        return body.substring(0, quotes.get(pair)) + json(text) + body.substring(quotes.get(pair + 1) + 1);
    }

    /** A JSON string literal, escaping only what JSON requires (lone surrogates pass through raw). */
    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private int pick(int[] options) {
        return options[random.nextInt(options.length)];
    }
}
