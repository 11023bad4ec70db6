package io.promoplatform.web.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.audit.PageSession;
import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.OnH2;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The quote explorer over HTTP: auditors only; find by id or customer; a trace page per quote. */
@OnH2
class QuotePageOnH2Test {

    @LocalServerPort
    int port;

    private String quoteFor(String customer) {
        Api.Reply reply = new Api(port).post("/api/v1/quotes").bearer("demo-storefront-key").json("""
                {"channel":"web","customerId":"%s","lines":[{"sku":"OJ-TROP-64","quantity":2}]}"""
                .formatted(customer)).send();
        assertThat(reply.status()).isEqualTo(200);
        return reply.text("/quoteId");
    }

    @Test
    void aMarketerCannotExploreQuotes() {
        assertThat(PageSession.signIn(port, "marketer").get("/quotes").statusCode()).isEqualTo(403);
    }

    @Test
    void findsQuotesByCustomerAndOpensOneById() {
        String customer = "QP-" + UUID.randomUUID().toString().substring(0, 8);
        String first = quoteFor(customer);
        String second = quoteFor(customer);
        PageSession auditor = PageSession.signIn(port, "auditor");

        HttpResponse<String> list = auditor.get("/quotes?customer=" + customer);
        assertThat(list.body()).contains("2 quotes match").contains(first).contains(second);

        HttpResponse<String> byId = auditor.get("/quotes?quoteId=" + first);
        assertThat(byId.statusCode()).isEqualTo(302);
        assertThat(byId.headers().firstValue("Location").orElseThrow()).endsWith("/quotes/" + first);

        HttpResponse<String> trace = auditor.get("/quotes/" + first);
        assertThat(trace.statusCode()).isEqualTo(200);
        assertThat(trace.body()).contains(customer).contains("OJ-TROP-64").contains("unknown-customer")
                .contains("(default: neither customer nor store has a segment)").contains("not accepted");
    }

    @Test
    void anUnknownQuoteIdIsAFieldMessageAndAnUnknownTraceA404Page() {
        PageSession auditor = PageSession.signIn(port, "auditor");

        assertThat(auditor.get("/quotes?quoteId=Q-nope").body()).contains("data-field=\"quoteId\"");
        HttpResponse<String> missing = auditor.get("/quotes/Q-nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Quote Q-nope does not exist");
    }
}
