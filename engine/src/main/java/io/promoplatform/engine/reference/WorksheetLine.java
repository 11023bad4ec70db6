package io.promoplatform.engine.reference;

import io.promoplatform.engine.quote.GuardCut;
import io.promoplatform.engine.quote.PricedLine;
import io.promoplatform.engine.quote.PricingLine;
import io.promoplatform.rules.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** A cart line while the quote is being priced: its list total and the adjustments applied so far. */
final class WorksheetLine {

    private final PricingLine line;
    private final BigDecimal listUnitPrice;
    private final BigDecimal listTotal;
    private final List<LineAdjustment> adjustments = new ArrayList<>();
    private final List<GuardCut> guardCuts = new ArrayList<>();

    /** Step 1: the list price is taken at the currency's minor units, so list totals are exact money. */
    WorksheetLine(PricingLine line, Currency currency) {
        this.line = line;
        this.listUnitPrice = Money.round(line.listUnitPrice(), currency);
        this.listTotal = listUnitPrice.multiply(BigDecimal.valueOf(line.quantity()));
    }

    PricingLine line() {
        return line;
    }

    int lineNo() {
        return line.lineNo();
    }

    int quantity() {
        return line.quantity();
    }

    BigDecimal listUnitPrice() {
        return listUnitPrice;
    }

    BigDecimal listTotal() {
        return listTotal;
    }

    /** The line's current total: list total plus every adjustment (all negative or zero). */
    BigDecimal total() {
        return adjustments.stream().map(LineAdjustment::amount).reduce(listTotal, BigDecimal::add);
    }

    List<LineAdjustment> adjustments() {
        return adjustments;
    }

    List<GuardCut> guardCuts() {
        return guardCuts;
    }

    void add(LineAdjustment adjustment) {
        adjustments.add(adjustment);
    }

    void addGuardCut(GuardCut cut) {
        guardCuts.add(cut);
    }

    boolean holdsPromotion() {
        return !adjustments.isEmpty();
    }

    boolean holdsExclusive() {
        return adjustments.stream().anyMatch(LineAdjustment::isExclusive);
    }

    boolean holdsGroup(String group) {
        return adjustments.stream().anyMatch(adjustment -> Objects.equals(group, adjustment.rule().rule().group()));
    }

    /** Step 7: the unit price is informational, rounded half-even; the line total is what counts. */
    PricedLine toPricedLine(Currency currency) {
        BigDecimal total = total();
        BigDecimal unitPrice = total.divide(BigDecimal.valueOf(quantity()), currency.getDefaultFractionDigits(),
                RoundingMode.HALF_EVEN);
        return new PricedLine(lineNo(), line.sku(), quantity(), listUnitPrice, listTotal, listTotal.subtract(total),
                total, unitPrice, adjustments.stream().map(LineAdjustment::toAdjustment).toList(),
                List.copyOf(guardCuts), line.signals());
    }
}
