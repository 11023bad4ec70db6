package io.promoplatform.engine.drools;

import io.promoplatform.engine.release.RuleSource;
import io.promoplatform.rules.drl.DrlGenerator;
import io.promoplatform.rules.drl.RuleNames;
import io.promoplatform.rules.guided.GuidedRule;
import io.promoplatform.rules.guided.Stacking;
import io.promoplatform.rules.sandbox.DrlSandbox;
import io.promoplatform.rules.sandbox.SandboxReport;
import io.promoplatform.rules.sandbox.SandboxViolation;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles rule revisions into a KieBase. Guided rules become generated DRL in one compilation unit;
 * raw DRL passes the sandbox and its rules are renamed {@code R-12#3:<name>} so every match is
 * attributed to its revision. Every message of a failed build is returned.
 */
public final class ReleaseCompiler {

    /** Either {@code compiled} or a non-empty {@code errors}. */
    public record Result(CompiledRules compiled, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Raw DRL is compiled from the parse tree the sandbox accepted, never from the text again, so what
     * runs is exactly what was checked.
     */
    private static PackageDescr checkedDrl(RuleSource source, List<String> errors) {
        SandboxReport report = DrlSandbox.inspect(source.drl());
        if (!report.accepted()) {
            for (SandboxViolation v : report.violations()) {
                errors.add(source.ruleId() + " rev " + source.revision() + ": line " + v.line() + ", column "
                        + v.column() + ": " + v.message());
            }
            return null;
        }
        return report.packageDescr();
    }

    public Result compile(List<RuleSource> sources, Currency currency) {
        Map<String, RuleMeta> metas = new HashMap<>();
        Set<String> coupons = new HashSet<>();
        StringBuilder generated = new StringBuilder(DrlGenerator.header());
        List<String> errors = new ArrayList<>();
        List<PackageDescr> customPackages = new ArrayList<>();
        for (RuleSource source : sources) {
            if (source.guided() != null) {
                GuidedRule rule = source.guided();
                // every DRL variant of a guided rule reports as the one rule it is
                RuleMeta meta = new RuleMeta(RuleNames.of(source.ruleId(), source.revision()), source.ruleId(),
                        source.revision(), rule.name(), rule.kind(), rule.priority(), source.idNumber(),
                        rule.stacking(), rule.group(), rule.campaign(), rule.conditions().couponCode(), rule.effect());
                for (String drlName : DrlGenerator.variantNames(source.ruleId(), source.revision(), rule)) {
                    metas.put(drlName, meta);
                }
                if (rule.conditions().couponCode() != null) {
                    coupons.add(rule.conditions().couponCode());
                }
                generated.append(DrlGenerator.rule(source.ruleId(), source.revision(), rule, currency));
            } else {
                PackageDescr pkg = checkedDrl(source, errors);
                if (pkg != null) {
                    for (RuleDescr rule : pkg.getRules()) {
                        String drlName = RuleNames.inner(source.ruleId(), source.revision(), rule.getName());
                        rule.setName(drlName);
                        metas.put(drlName, new RuleMeta(drlName, source.ruleId(), source.revision(), source.name(),
                                source.kind(), source.priority(), source.idNumber(), Stacking.STACKABLE, null, null,
                                null, null));
                    }
                    customPackages.add(pkg);
                }
            }
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(generated.toString().getBytes(StandardCharsets.UTF_8)),
                ResourceType.DRL);
        for (PackageDescr pkg : customPackages) {
            builder.add(ResourceFactory.newDescrResource(pkg), ResourceType.DESCR);
        }
        if (builder.hasErrors()) {
            for (KnowledgeBuilderError error : builder.getErrors()) {
                errors.add(error.getMessage());
            }
            return new Result(null, errors);
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        return new Result(new CompiledRules(kieBase, metas, coupons), List.of());
    }
}
