package io.promoplatform.rules.facts;

import io.promoplatform.rules.guided.Effect;
import io.promoplatform.rules.guided.EffectType;
import java.math.BigDecimal;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A cart line as rules see it: catalog and model facts, read-only. Its action methods are the only
 * things a consequence may call; each reports a match to the engine ({@link MatchSink}).
 * {@code elasticity} and {@code baselineUnits} are null for a product the price model does not cover,
 * so a signal condition never matches such a line.
 */
public final class LineFact {

    private final int lineNo;
    private final String sku;
    private final int quantity;
    private final String brand;
    private final String category;
    private final BigDecimal listUnitPrice;
    private final BigDecimal unitCost;
    private final Double elasticity;
    private final Double baselineUnits;
    private final QuoteFact quote;
    private final MatchSink sink;

    public LineFact(int lineNo, String sku, int quantity, String brand, String category, BigDecimal listUnitPrice,
            BigDecimal unitCost, Double elasticity, Double baselineUnits, QuoteFact quote, MatchSink sink) {
        this.lineNo = lineNo;
        this.sku = sku;
        this.quantity = quantity;
        this.brand = brand;
        this.category = category;
        this.listUnitPrice = listUnitPrice;
        this.unitCost = unitCost;
        this.elasticity = elasticity;
        this.baselineUnits = baselineUnits;
        this.quote = quote;
        this.sink = sink;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getBrand() {
        return brand;
    }

    public String getCategory() {
        return category;
    }

    public BigDecimal getListUnitPrice() {
        return listUnitPrice;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public Double getElasticity() {
        return elasticity;
    }

    public Double getBaselineUnits() {
        return baselineUnits;
    }

    public boolean isHasSignals() {
        return elasticity != null;
    }

    // The quote's facts, repeated on every line so that a generated rule is a single pattern: the
    // alpha network alone decides it, with no join state to build per quote.

    public String getSegment() {
        return quote.getSegment();
    }

    public String getChannel() {
        return quote.getChannel();
    }

    public String getStoreId() {
        return quote.getStoreId();
    }

    public java.util.Set<String> getCustomerTags() {
        return quote.getCustomerTags();
    }

    public java.util.Set<String> getCouponCodes() {
        return quote.getCouponCodes();
    }

    public long getListSubtotalMinor() {
        return quote.getListSubtotalMinor();
    }

    public long getAtEpochMillis() {
        return quote.getAtEpochMillis();
    }

    // Actions ---------------------------------------------------------------------------------------

    /** A guided rule matched this line; its effect is the one it was authored with. */
    public void matched(RuleContext drools) {
        sink.matched(drools.getRule().getName(), lineNo, null);
    }

    public void percentOff(RuleContext drools, BigDecimal percent) {
        report(drools, EffectType.PERCENT_OFF, percent, null, null);
    }

    public void amountOffUnit(RuleContext drools, BigDecimal amount) {
        report(drools, EffectType.AMOUNT_OFF_UNIT, null, amount, null);
    }

    public void fixedUnitPrice(RuleContext drools, BigDecimal price) {
        report(drools, EffectType.FIXED_UNIT_PRICE, null, null, price);
    }

    public void buyXGetY(RuleContext drools, int buy, int get, BigDecimal percent) {
        sink.matched(drools.getRule().getName(), lineNo,
                new Effect(EffectType.BUY_X_GET_Y, percent, null, null, buy, get, List.of()));
    }

    public void minMarginPercent(RuleContext drools, BigDecimal percent) {
        report(drools, EffectType.MIN_MARGIN_PERCENT, percent, null, null);
    }

    public void maxDiscountPercent(RuleContext drools, BigDecimal percent) {
        report(drools, EffectType.MAX_DISCOUNT_PERCENT, percent, null, null);
    }

    public void minUnitPrice(RuleContext drools, BigDecimal price) {
        report(drools, EffectType.MIN_UNIT_PRICE, null, null, price);
    }

    private void report(RuleContext drools, EffectType type, BigDecimal percent, BigDecimal amount, BigDecimal price) {
        sink.matched(drools.getRule().getName(), lineNo, new Effect(type, percent, amount, price, null, null, List.of()));
    }
}
