package io.promoplatform.web.rule;

import io.promoplatform.web.system.ProblemException;

/** Rule ids are {@code R-<n>} outside and the numeric key inside. */
public final class RuleIds {

    private RuleIds() {
    }

    public static String format(long id) {
        return "R-" + id;
    }

    /** Parses {@code R-12}; anything else names no rule, so it is a 404. */
    public static long parse(String ruleId) {
        if (ruleId == null || !ruleId.matches("R-[1-9][0-9]{0,17}")) {
            throw ProblemException.notFound("Rule " + ruleId);
        }
        return Long.parseLong(ruleId.substring(2));
    }
}
