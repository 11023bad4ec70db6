package io.promoplatform.web.rule;

import java.time.Instant;

/** A rule as stored: identity and the pointer to its current revision. */
record StoredRule(long id, String name, String kind, RuleFormat format, RuleState state, int currentRevision,
        String createdBy, Instant createdAt, Instant updatedAt) {

    String ruleId() {
        return RuleIds.format(id);
    }
}
