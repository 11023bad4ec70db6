package io.promoplatform.rules.guided;

public enum EffectType {
    PERCENT_OFF(Scope.LINE),
    AMOUNT_OFF_UNIT(Scope.LINE),
    FIXED_UNIT_PRICE(Scope.LINE),
    BUY_X_GET_Y(Scope.LINE),
    ORDER_PERCENT_OFF(Scope.ORDER),
    ORDER_AMOUNT_OFF(Scope.ORDER),
    MIN_MARGIN_PERCENT(Scope.GUARD),
    MAX_DISCOUNT_PERCENT(Scope.GUARD),
    MIN_UNIT_PRICE(Scope.GUARD);

    public enum Scope { LINE, ORDER, GUARD }

    private final Scope scope;

    EffectType(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
