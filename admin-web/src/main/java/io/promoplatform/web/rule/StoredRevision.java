package io.promoplatform.web.rule;

import java.time.Instant;

/** One revision of a rule: its body (canonical JSON) and the history of its state changes. */
record StoredRevision(long ruleId, int revision, String body, RuleState state, String author, Instant createdAt,
        String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt, String decisionComment) {
}
