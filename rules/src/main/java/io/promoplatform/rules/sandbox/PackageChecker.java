package io.promoplatform.rules.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Checks what a DRL declares around its rules. Everything that would bring code or types from
 * outside the fact model is refused: imports other than the fact model and java.math's BigDecimal and
 * RoundingMode, function and static imports, custom accumulate functions, globals, functions, type,
 * enum, entry-point and window declarations, package-wide attributes and rule units.
 */
final class PackageChecker {

    static final String PACKAGE = "io.promoplatform.rules.custom";
    static final int MAX_RULES = 100;

    private final Violations out;
    private final FactTypes factTypes = new FactTypes();

    PackageChecker(Violations out) {
        this.out = out;
    }

    void check(PackageDescr pkg) {
        packageName(pkg);
        pkg.getImports().forEach(i -> {
            if (!factTypes.addImport(i.getTarget())) {
                out.at(i, "import " + i.getTarget() + " is not allowed: only the fact model ("
                        + FactTypes.FACT_PACKAGE + ".*), java.math.BigDecimal and java.math.RoundingMode");
            }
        });
        pkg.getFunctionImports().forEach(i -> out.at(i, "import function/import static " + i.getTarget()
                + " is not allowed: a rule may only call methods of the fact model"));
        pkg.getAccumulateImports().forEach(i -> out.at(i, "import accumulate " + i.getTarget()
                + " is not allowed: use sum, count, min or max"));
        pkg.getGlobals().forEach(g -> out.at(g, "global " + g.getIdentifier()
                + " is not allowed: rules may not share state outside the fact model"));
        pkg.getFunctions().forEach(f -> out.at(f, "function " + f.getName()
                + " is not allowed: a rule may only call methods of the fact model"));
        pkg.getTypeDeclarations().forEach(d -> out.at(d, "declare " + d.getTypeName()
                + " is not allowed: rules use only the fact model's types"));
        pkg.getEnumDeclarations().forEach(d -> out.at(d, "declare enum " + d.getTypeName()
                + " is not allowed: rules use only the fact model's types"));
        pkg.getEntryPointDeclarations().forEach(d -> out.at(d, "declare entry-point " + d.getEntryPointId()
                + " is not allowed: a rule matches only the facts the engine inserts"));
        pkg.getWindowDeclarations().forEach(d -> out.at(d, "declare window " + d.getName()
                + " is not allowed: a rule matches only the facts the engine inserts"));
        pkg.getAttributes().forEach(a -> out.at(a, "package-level attribute " + a.getName()
                + " is not allowed: set salience or no-loop on each rule"));
        if (pkg.getUnit() != null) {
            out.at(pkg, "rule units are not allowed");
        }
        rules(pkg.getRules());
    }

    /** Required rather than defaulted, so the text saved is exactly the text compiled. */
    private void packageName(PackageDescr pkg) {
        if (pkg.getName() == null || pkg.getName().isEmpty()) {
            out.at(1, 1, "the DRL must start with: package " + PACKAGE + ";");
        } else if (!pkg.getName().equals(PACKAGE)) {
            out.at(pkg, "package " + pkg.getName() + " is not allowed: use package " + PACKAGE + ";");
        }
    }

    private void rules(List<RuleDescr> rules) {
        if (rules.size() > MAX_RULES) {
            out.at(rules.get(MAX_RULES), "more than " + MAX_RULES + " rules in one submission: split it");
        }
        Map<String, BaseDescr> byName = new HashMap<>();
        for (RuleDescr rule : rules) {
            BaseDescr first = byName.putIfAbsent(rule.getName(), rule);
            if (first != null) {
                out.at(rule, "rule name " + rule.getName() + " is already used on line " + first.getLine());
            }
            new RuleChecker(out, factTypes).check(rule);
        }
    }
}
