package io.promoplatform.rules.drl;

/**
 * DRL rule names carry the rule revision they came from ({@code R-12#3}); the DRL rules inside a raw
 * DRL revision get {@code R-12#3:<their own name>}. The engine attributes every match by this name.
 */
public final class RuleNames {

    private RuleNames() {
    }

    public static String of(String ruleId, int revision) {
        return ruleId + "#" + revision;
    }

    public static String inner(String ruleId, int revision, String drlRuleName) {
        return of(ruleId, revision) + ":" + drlRuleName;
    }
}
