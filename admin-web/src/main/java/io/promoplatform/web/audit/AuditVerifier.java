package io.promoplatform.web.audit;

import org.springframework.stereotype.Service;

/**
 * Walks the whole chain: every event must hash to its stored hash, link to its predecessor's hash and
 * carry the next id; the chain head must point at the last event. An edited, inserted or deleted row
 * breaks one of these.
 */
@Service
public class AuditVerifier {

    private final AuditQueries queries;

    AuditVerifier(AuditQueries queries) {
        this.queries = queries;
    }

    public record Verdict(boolean ok, long events, Long firstBrokenEvent) {
    }

    public Verdict verify() {
        long[] count = {0};
        Long[] broken = {null};
        String[] prev = {AuditChain.GENESIS};
        long[] expectedId = {1};
        queries.forEachInOrder(new AuditQueries.Filter(null, null, null, null), event -> {
            if (broken[0] != null) {
                return;
            }
            if (event.id() != expectedId[0]) {
                broken[0] = expectedId[0];
                return;
            }
            if (!event.prevHash().equals(prev[0]) || !AuditChain.hash(event).equals(event.hash())) {
                broken[0] = event.id();
                return;
            }
            prev[0] = event.hash();
            expectedId[0]++;
            count[0]++;
        });
        if (broken[0] == null) {
            long headId = queries.head()[0];
            if (headId != count[0] || !queries.headHash().equals(prev[0])) {
                broken[0] = count[0] + 1;
            }
        }
        return broken[0] == null ? new Verdict(true, count[0], null) : new Verdict(false, count[0], broken[0]);
    }
}
