package io.promoplatform.rules.drl;

import io.promoplatform.rules.guided.Conditions;
import io.promoplatform.rules.guided.GuidedRule;
import io.promoplatform.rules.guided.SignalConditions;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes one DRL rule per guided rule. The rule only decides applicability: the quote-level
 * conditions and the validity window on {@code QuoteFact}, the product conditions on {@code LineFact},
 * and a consequence that reports the match. Effects, order and rounding are applied by the engine
 * after all rules fired (PRICING.md), so generated rules never modify facts and cannot loop.
 */
public final class DrlGenerator {

    public static final String PACKAGE = "io.promoplatform.rules.generated";

    private DrlGenerator() {
    }

    /** The header every compiled unit of generated rules starts with. */
    public static String header() {
        return "package " + PACKAGE + ";\n\nimport io.promoplatform.rules.facts.QuoteFact;\n"
                + "import io.promoplatform.rules.facts.LineFact;\n\n";
    }

    public static String rule(String ruleId, int revision, GuidedRule rule, Currency currency) {
        Conditions c = rule.conditions();
        StringBuilder drl = new StringBuilder(256);
        drl.append("rule \"").append(RuleNames.of(ruleId, revision)).append("\"\n");
        drl.append("    dialect \"mvel\"\n");
        drl.append("when\n");
        drl.append("    QuoteFact(").append(String.join(", ", quoteConstraints(rule, currency))).append(")\n");
        drl.append("    $line : LineFact(").append(String.join(", ", lineConstraints(c))).append(")\n");
        drl.append("then\n");
        drl.append("    $line.matched(drools);\n");
        drl.append("end\n\n");
        return drl.toString();
    }

    private static List<String> quoteConstraints(GuidedRule rule, Currency currency) {
        Conditions c = rule.conditions();
        List<String> out = new java.util.ArrayList<>();
        in(out, "segment", c.segments());
        in(out, "channel", c.channels());
        in(out, "storeId", c.stores());
        if (!c.customerTags().isEmpty()) {
            out.add("(" + c.customerTags().stream().map(t -> "customerTags contains " + literal(t))
                    .collect(Collectors.joining(" || ")) + ")");
        }
        if (c.couponCode() != null) {
            out.add("couponCodes contains " + literal(c.couponCode()));
        }
        if (c.minCartSubtotal() != null) {
            BigDecimal minor = c.minCartSubtotal().movePointRight(currency.getDefaultFractionDigits());
            out.add("listSubtotalMinor >= " + minor.setScale(0, java.math.RoundingMode.CEILING).toPlainString() + "L");
        }
        if (rule.validFrom() != null) {
            out.add("atEpochMillis >= " + rule.validFrom().toEpochMilli() + "L");
        }
        if (rule.validTo() != null) {
            out.add("atEpochMillis <= " + rule.validTo().toEpochMilli() + "L");
        }
        return out;
    }

    private static List<String> lineConstraints(Conditions c) {
        List<String> out = new java.util.ArrayList<>();
        in(out, "sku", c.skus());
        in(out, "brand", c.brands());
        in(out, "category", c.categories());
        if (c.minLineQuantity() != null) {
            out.add("quantity >= " + c.minLineQuantity());
        }
        SignalConditions s = c.signals();
        if (s != null) {
            out.add("hasSignals == true");
            bound(out, "elasticity <= ", s.elasticityAtMost());
            bound(out, "elasticity >= ", s.elasticityAtLeast());
            bound(out, "baselineUnits <= ", s.baselineUnitsAtMost());
            bound(out, "baselineUnits >= ", s.baselineUnitsAtLeast());
        }
        return out;
    }

    private static void in(List<String> out, String field, List<String> values) {
        if (!values.isEmpty()) {
            out.add(field + " in (" + values.stream().map(DrlGenerator::literal).collect(Collectors.joining(", "))
                    + ")");
        }
    }

    private static void bound(List<String> out, String comparison, Double value) {
        if (value != null) {
            out.add(comparison + BigDecimal.valueOf(value).toPlainString());
        }
    }

    /** A DRL string literal; the value is data, never code. */
    static String literal(String value) {
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        s.append(String.format("\\u%04x", (int) ch));
                    } else {
                        s.append(ch);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
