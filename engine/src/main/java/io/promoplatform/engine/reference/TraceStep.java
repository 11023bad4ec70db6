package io.promoplatform.engine.reference;

/** The kinds of decision the reference evaluator records, as they appear in {@code TraceEvent.step}. */
enum TraceStep {
    RULE_DROPPED("rule-dropped"),
    LINE_PROMOTION("line-promotion"),
    LINE_SKIPPED("line-skipped"),
    NO_EFFECT("no-effect"),
    ORDER_PROMOTION("order-promotion"),
    ORDER_ALLOCATION("order-allocation"),
    ORDER_SKIPPED("order-skipped"),
    GUARD_CUT("guard-cut"),
    BUDGET_CUT("budget-cut");

    private final String label;

    TraceStep(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
