package io.promoplatform.engine.drools;

import io.promoplatform.engine.release.RuleSource;
import io.promoplatform.rules.drl.DrlGenerator;
import io.promoplatform.rules.drl.RuleNames;
import io.promoplatform.rules.guided.GuidedRule;
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
 * every message of a failed build is returned, naming the rule revision it belongs to.
 */
public final class ReleaseCompiler {

    /** Either {@code compiled} or a non-empty {@code errors}. */
    public record Result(CompiledRules compiled, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Result compile(List<RuleSource> sources, Currency currency) {
        Map<String, RuleMeta> metas = new HashMap<>();
        Set<String> coupons = new HashSet<>();
        StringBuilder generated = new StringBuilder(DrlGenerator.header());
        List<String> errors = new ArrayList<>();
        for (RuleSource source : sources) {
            if (source.guided() != null) {
                GuidedRule rule = source.guided();
                String drlName = RuleNames.of(source.ruleId(), source.revision());
                metas.put(drlName, new RuleMeta(drlName, source.ruleId(), source.revision(), rule.name(), rule.kind(),
                        rule.priority(), source.idNumber(), rule.stacking(), rule.group(), rule.campaign(),
                        rule.conditions().couponCode(), rule.effect()));
                if (rule.conditions().couponCode() != null) {
                    coupons.add(rule.conditions().couponCode());
                }
                generated.append(DrlGenerator.rule(source.ruleId(), source.revision(), rule, currency));
            } else {
                errors.add(source.ruleId() + " rev " + source.revision() + ": raw DRL cannot be compiled yet");
            }
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(generated.toString().getBytes(StandardCharsets.UTF_8)),
                ResourceType.DRL);
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
