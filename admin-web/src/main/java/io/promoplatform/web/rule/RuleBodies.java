package io.promoplatform.web.rule;

import io.promoplatform.engine.drools.ReleaseCompiler;
import io.promoplatform.rules.guided.GuidedRuleParser;
import io.promoplatform.rules.guided.ParseResult;
import io.promoplatform.rules.guided.RuleKind;
import io.promoplatform.rules.sandbox.DrlSandbox;
import io.promoplatform.rules.sandbox.SandboxViolation;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.PromoProperties;
import io.promoplatform.web.system.ValidationProblem;
import io.promoplatform.web.system.ValidationProblem.FieldProblem;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a rule body: a guided rule (PRICING.md) or, for ADMIN only, a raw DRL envelope
 * {@code {"name","kind","priority","drl"}}. Every problem is a 422 naming the field (DRL problems name
 * line and column); a rule that passes also compiles on its own, so a release fails only on interplay.
 */
@Component
class RuleBodies {

    private static final Set<String> DRL_FIELDS = Set.of("name", "kind", "priority", "drl");

    private final JsonMapper json;
    private final Currency currency;
    private final ReleaseCompiler compiler = new ReleaseCompiler();

    RuleBodies(JsonMapper json, PromoProperties properties) {
        this.json = json;
        this.currency = Currency.getInstance(properties.currency());
    }

    ParsedRule parse(String body, boolean admin) {
        JsonNode tree;
        try {
            tree = json.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            throw ValidationProblem.badRequest("body", "is not well-formed JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw ValidationProblem.badRequest("body", "must be a JSON object");
        }
        ParsedRule parsed = tree.has("drl") ? drl(tree, admin) : guided(body);
        List<String> compileErrors = compiler.compile(List.of(parsed.source("R-0", 0)), currency).errors();
        if (!compileErrors.isEmpty()) {
            throw ValidationProblem.unprocessable(compileErrors.stream()
                    .map(m -> new FieldProblem(parsed.format() == RuleFormat.DRL ? "drl" : "body", m)).toList());
        }
        return parsed;
    }

    /**
     * Reads a body that was validated when it was stored (no sandbox or compile run again): releases
     * of thousands of rules read them in bulk and compile them together.
     */
    ParsedRule stored(String body) {
        JsonNode tree = json.readTree(body);
        if (tree.has("drl")) {
            return new ParsedRule(RuleFormat.DRL, tree.get("name").asString(),
                    RuleKind.valueOf(tree.get("kind").asString()), tree.get("priority").asInt(), null,
                    tree.get("drl").asString(), body);
        }
        return guided(body);
    }

    private ParsedRule guided(String body) {
        ParseResult result = GuidedRuleParser.parse(body, currency);
        if (!result.errors().isEmpty()) {
            throw ValidationProblem.unprocessable(result.errors().stream()
                    .map(e -> new FieldProblem(e.field(), e.message())).toList());
        }
        return new ParsedRule(RuleFormat.GUIDED, result.rule().name(), result.rule().kind(), result.rule().priority(),
                result.rule(), null, GuidedRuleParser.toJson(result.rule()));
    }

    private ParsedRule drl(JsonNode tree, boolean admin) {
        if (!admin) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Only an ADMIN may author raw DRL rules.");
        }
        List<FieldProblem> errors = new ArrayList<>();
        tree.propertyNames().forEach(field -> {
            if (!DRL_FIELDS.contains(field)) {
                errors.add(new FieldProblem(field, "is not a known field"));
            }
        });
        JsonNode name = tree.get("name");
        if (name == null || !name.isString() || name.asString().isBlank() || name.asString().length() > 200) {
            errors.add(new FieldProblem("name", "must be a string of 1 to 200 characters"));
        }
        RuleKind kind = null;
        JsonNode kindNode = tree.get("kind");
        if (kindNode != null && kindNode.isString() && Set.of("PROMOTION", "GUARD").contains(kindNode.asString())) {
            kind = RuleKind.valueOf(kindNode.asString());
        } else {
            errors.add(new FieldProblem("kind", "must be one of PROMOTION, GUARD"));
        }
        int priority = 100;
        JsonNode priorityNode = tree.get("priority");
        if (priorityNode != null) {
            if (!priorityNode.isIntegralNumber() || priorityNode.asInt() < 0 || priorityNode.asInt() > 1000) {
                errors.add(new FieldProblem("priority", "must be a whole number from 0 to 1000"));
            } else {
                priority = priorityNode.asInt();
            }
        }
        JsonNode drlNode = tree.get("drl");
        String drl = drlNode != null && drlNode.isString() ? drlNode.asString() : null;
        if (drl == null || drl.isBlank()) {
            errors.add(new FieldProblem("drl", "must be a non-empty string of DRL"));
        } else {
            for (SandboxViolation v : DrlSandbox.check(drl)) {
                errors.add(new FieldProblem("drl", "line " + v.line() + ", column " + v.column() + ": " + v.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw ValidationProblem.unprocessable(errors);
        }
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("name", name.asString());
        canonical.put("kind", kind.name());
        canonical.put("priority", priority);
        canonical.put("drl", drl);
        return new ParsedRule(RuleFormat.DRL, name.asString(), kind, priority, null, drl,
                json.writeValueAsString(canonical));
    }
}
