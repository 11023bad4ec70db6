package io.promoplatform.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role against each API area: allowed callers get past security (any status but 401/403),
 * anonymous callers get 401, everyone else 403.
 */
abstract class AccessMatrixContract {

    static final String KEY = "key";
    static final String ANONYMOUS = "anonymous";
    static final List<String> CALLERS = List.of(ANONYMOUS, "marketer", "approver", "auditor", "admin", KEY);

    @LocalServerPort
    int port;

    record Area(String name, String method, String path, String contentType, String body, Set<String> allowed) {
    }

    static List<Area> areas() {
        String quote = "{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}";
        return List.of(
                new Area("quote", "POST", "/api/v1/quotes", "application/json", quote, Set.of(KEY)),
                new Area("stored quote", "GET", "/api/v1/quotes/Q-NONE", null, null, Set.of(KEY, "auditor", "admin")),
                new Area("catalog read", "GET", "/api/v1/admin/products", null, null,
                        Set.of("marketer", "approver", "auditor", "admin")),
                new Area("catalog write", "PUT", "/api/v1/admin/segments/access-test", "application/json",
                        "{\"name\":\"Access test\",\"description\":\"\"}", Set.of("marketer", "admin")),
                new Area("catalog import", "POST", "/api/v1/admin/catalog/import", "text/csv", "not,a,header\n",
                        Set.of("marketer", "admin")),
                new Area("users", "GET", "/api/v1/admin/users", null, null, Set.of("admin")),
                new Area("api keys", "GET", "/api/v1/admin/api-keys", null, null, Set.of("admin")),
                new Area("audit events", "GET", "/api/v1/audit/events", null, null, Set.of("auditor", "admin")),
                new Area("audit verify", "GET", "/api/v1/audit/verify", null, null, Set.of("auditor", "admin")),
                new Area("rule authoring", "POST", "/api/v1/admin/rules", "application/json", "{}",
                        Set.of("marketer", "admin")),
                new Area("rule approval", "POST", "/api/v1/admin/rules/R-1/approve", "application/json", "{}",
                        Set.of("approver", "admin")),
                new Area("releases", "POST", "/api/v1/admin/releases", "application/json", "{}",
                        Set.of("approver", "admin")),
                new Area("simulation", "POST", "/api/v1/admin/simulate", "application/json", "{}",
                        Set.of("marketer", "approver", "admin")),
                new Area("campaigns", "PUT", "/api/v1/admin/campaigns/c-1", "application/json", "{}",
                        Set.of("marketer", "admin")));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Area area : areas()) {
            for (String caller : CALLERS) {
                int expected = area.allowed().contains(caller) ? 0 : caller.equals(ANONYMOUS) ? 401 : 403;
                cases.add(Arguments.of(area.name(), caller, area, expected));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void eachRoleReachesExactlyItsAreas(String areaName, String caller, Area area, int expected) {
        Api.Call call = new Api(port).call(area.method(), area.path());
        if (area.body() != null) {
            call.body(area.contentType(), area.body().getBytes());
        }
        if (caller.equals(KEY)) {
            call.bearer("demo-storefront-key");
        } else if (!caller.equals(ANONYMOUS)) {
            call.as(caller);
        }

        Api.Reply reply = call.send();

        if (expected == 0) {
            assertThat(reply.status()).as(reply.body()).isNotIn(401, 403);
        } else {
            assertThat(reply.status()).isEqualTo(expected);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }
}
