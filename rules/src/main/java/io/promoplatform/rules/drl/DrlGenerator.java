package io.promoplatform.rules.drl;

import io.promoplatform.rules.guided.Conditions;
import io.promoplatform.rules.guided.GuidedRule;
import io.promoplatform.rules.guided.SignalConditions;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the DRL of guided rules. A rule only decides applicability: the quote-level
 * conditions and the validity window, tested on the line (which carries the quote's facts), the product conditions,
 * and a consequence that reports the match. Effects, order and rounding are applied by the engine
 * after all rules fired (PRICING.md), so generated rules never modify facts and cannot loop.
 */
public final class DrlGenerator {

    public static final String PACKAGE = "io.promoplatform.rules.generated";

    private DrlGenerator() {
    }

    /** The header every compiled unit of generated rules starts with. */
    public static String header() {
        return "package " + PACKAGE + ";\n\nimport io.promoplatform.rules.facts.LineFact;\n\n";
    }

    /**
     * The DRL for one guided rule. A list condition on the line (skus, else categories, else brands)
     * is split into one DRL rule per value with {@code field == value} as the first constraint, because
     * Drools hashes sibling {@code ==} alpha nodes: a line then reaches only the rules of its own SKU or
     * category instead of testing every rule's list. The variants are named {@code R-12#3~0},
     * {@code R-12#3~1}, ...; {@link #variantNames} lists them. The quote's conditions are tested on the
     * line too (LineFact carries the quote's facts), so every generated rule is one pattern with no join.
     */
    public static String rule(String ruleId, int revision, GuidedRule rule, Currency currency) {
        Conditions c = rule.conditions();
        List<String> quote = quoteConstraints(rule, currency);
        Split split = split(c);
        StringBuilder drl = new StringBuilder(256);
        List<String> names = variantNames(ruleId, revision, rule);
        for (int i = 0; i < names.size(); i++) {
            List<String> line = new java.util.ArrayList<>();
            if (split != null) {
                line.add(split.field() + " == " + literal(split.values().get(i)));
            }
            line.addAll(lineConstraints(c, split == null ? null : split.field()));
            line.addAll(quote);
            drl.append("rule \"").append(names.get(i)).append("\"\n");
            // mvel, measured: the java dialect compiles one consequence class per rule, each too rarely
            // run to be JIT-compiled, behind a megamorphic call; under load (samples/bench/load.sh,
            // 1,000 rules) quotes/s fell by a quarter against MVEL's one warm interpreter. (Quotes now
            // collect guided matches in DroolsEvaluator's agenda filter without running this consequence.)
            drl.append("    dialect \"mvel\"\n");
            drl.append("when\n");
            drl.append("    $line : LineFact(").append(String.join(", ", line)).append(")\n");
            drl.append("then\n");
            drl.append("    $line.matched(drools);\n");
            drl.append("end\n\n");
        }
        return drl.toString();
    }

    /** The DRL rule names {@link #rule} writes for this guided rule. */
    public static List<String> variantNames(String ruleId, int revision, GuidedRule rule) {
        Split split = split(rule.conditions());
        if (split == null) {
            return List.of(RuleNames.of(ruleId, revision));
        }
        List<String> names = new java.util.ArrayList<>(split.values().size());
        for (int i = 0; i < split.values().size(); i++) {
            names.add(RuleNames.of(ruleId, revision) + "~" + i);
        }
        return names;
    }

    private record Split(String field, List<String> values) {
    }

    private static Split split(Conditions c) {
        if (!c.skus().isEmpty()) {
            return new Split("sku", c.skus().stream().distinct().toList());
        }
        if (!c.categories().isEmpty()) {
            return new Split("category", c.categories().stream().distinct().toList());
        }
        if (!c.brands().isEmpty()) {
            return new Split("brand", c.brands().stream().distinct().toList());
        }
        return null;
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

    private static List<String> lineConstraints(Conditions c, String splitField) {
        List<String> out = new java.util.ArrayList<>();
        if (!"sku".equals(splitField)) {
            in(out, "sku", c.skus());
        }
        if (!"brand".equals(splitField)) {
            in(out, "brand", c.brands());
        }
        if (!"category".equals(splitField)) {
            in(out, "category", c.categories());
        }
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
