package io.promoplatform.rules.sandbox;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AccumulateDescr.AccumulateFunctionCallDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.WindowReferenceDescr;

/**
 * Checks one rule: its name and attributes, every element of its when part (patterns of fact-model
 * types, and, or, not, exists, forall, and accumulate with the built-in functions), then its then
 * part. The when part is walked in order, so a binding is known from the element that makes it on.
 */
final class RuleChecker {

    /** Names are shown to admins and used by the engine as keys; nothing in them can be code. */
    private static final Pattern RULE_NAME = Pattern.compile("[\\p{L}\\p{N} _\\-.,:()%&+/]{1,120}");
    private static final Pattern INT_LITERAL = Pattern.compile("-?\\d{1,9}");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("sum", "count", "min", "max");
    private static final String MATCH_FACTS = "a rule matches only the facts the engine inserts";

    /**
     * Joins of positive line patterns grow with the cart: three would pair every line with every other
     * pair (500 lines, 125 million combinations) before any firing bound could act.
     */
    static final int MAX_LINE_PATTERNS = 2;

    private final Violations out;
    private final FactTypes factTypes;
    private final Bindings bindings = new Bindings();
    private int linePatterns;
    /** Inside not, exists, forall or accumulate a pattern tests or aggregates lines; it does not multiply them. */
    private int unmultiplied;

    RuleChecker(Violations out, FactTypes factTypes) {
        this.out = out;
        this.factTypes = factTypes;
    }

    void check(RuleDescr rule) {
        if (rule.isQuery()) {
            out.at(rule, "query " + rule.getName() + " is not allowed: submit rules only");
            return;
        }
        if (!RULE_NAME.matcher(rule.getName()).matches()) {
            out.at(rule, "rule names may have 1 to 120 letters, digits, spaces and - _ . , : ( ) % & + /");
        }
        if (rule.getParentName() != null) {
            out.at(rule, "rule " + rule.getName() + " may not extend another rule");
        }
        if (rule.getUnit() != null) {
            out.at(rule, "rule units are not allowed");
        }
        annotations(rule, rule);
        rule.getAttributes().values().forEach(attribute -> attribute(rule, attribute));
        if (!rule.getNamedConsequences().isEmpty()) {
            out.at(rule, "named consequences (then[name], do[name]) are not allowed: a rule has one then part");
        }
        if (rule.getLhs() != null) {
            element(rule.getLhs());
        }
        consequence(rule);
    }

    /**
     * Only salience (an int literal: an expression would run code to rank) and no-loop. The engine
     * assigns agenda and ruleflow groups itself; timers, calendars, durations, dates and enabled
     * expressions would schedule or switch rules outside a release; dialect would switch the then part
     * to MVEL, which this checker does not read.
     */
    private void attribute(RuleDescr rule, AttributeDescr attribute) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().trim();
        if (name.equals("salience")) {
            if (!INT_LITERAL.matcher(value).matches()) {
                atKeyword(rule, attribute, "salience must be a whole number such as 200, not an expression");
            }
        } else if (name.equals("no-loop")) {
            if (!value.equals("true") && !value.equals("false")) {
                atKeyword(rule, attribute, "no-loop takes true or false");
            }
        } else {
            atKeyword(rule, attribute, "rule attribute " + name + " is not allowed: only salience and no-loop"
                    + (name.endsWith("-group") ? " (the engine assigns groups itself)" : ""));
        }
    }

    /** Drools places an attribute at its value (or the next token); the admin looks for the keyword. */
    private void atKeyword(RuleDescr rule, AttributeDescr attribute, String message) {
        int value = out.source().offsetOf(attribute.getLine(), attribute.getColumn());
        int keyword = value < 0 ? -1 : out.source().text().lastIndexOf(attribute.getName(), value);
        if (keyword >= 0 && keyword >= rule.getStartCharacter()) {
            out.atOffset(keyword, message);
        } else {
            out.at(attribute, message);
        }
    }

    /** Annotations switch engine behaviour (@Propagation, @watch, ...) and carry nothing a rule needs. */
    private void annotations(AnnotatedBaseDescr holder, BaseDescr fallback) {
        for (AnnotationDescr annotation : holder.getAnnotations()) {
            String message = "annotation @" + annotation.getName() + " is not allowed";
            // Drools gives rule annotations no position; the '@name' after the holder's start is it.
            int from = Math.max(fallback.getStartCharacter(), 0);
            int written = out.source().text().indexOf("@" + annotation.getName(), from);
            if (annotation.getLine() > 0) {
                out.at(annotation, message);
            } else if (written >= 0) {
                out.atOffset(written, message);
            } else {
                out.at(fallback, message);
            }
        }
    }

    private void element(BaseDescr element) {
        if (element instanceof PatternDescr pattern) {
            pattern(pattern);
        } else if (element instanceof AndDescr || element instanceof OrDescr || element instanceof NotDescr
                || element instanceof ExistsDescr || element instanceof ForallDescr) {
            if (element instanceof AnnotatedBaseDescr annotated) {
                annotations(annotated, element);
            }
            boolean quantifier = element instanceof NotDescr || element instanceof ExistsDescr
                    || element instanceof ForallDescr;
            unmultiplied += quantifier ? 1 : 0;
            ((ConditionalElementDescr) element).getDescrs()
                    .forEach(child -> element((BaseDescr) child));
            unmultiplied -= quantifier ? 1 : 0;
        } else if (element instanceof ConditionalBranchDescr || element instanceof NamedConsequenceDescr) {
            out.at(element, "named consequences (if ... do[name], break[name]) are not allowed: a rule has one"
                    + " then part");
        } else if (element instanceof EvalDescr) {
            out.at(element, "eval is not allowed: a condition may only compare fact properties with literals"
                    + " and bound variables");
        } else {
            out.at(element, describe(element) + " is not allowed in the when part");
        }
    }

    private void pattern(PatternDescr pattern) {
        if (pattern.getSource() instanceof AccumulateDescr accumulate) {
            unmultiplied++;
            accumulate(pattern, accumulate);
            unmultiplied--;
            return;
        }
        if (pattern.getSource() != null) {
            out.at(pattern, sourceProblem(pattern));
        }
        if (!pattern.getBehaviors().isEmpty()) {
            out.at(pattern, "sliding windows (over window:...) are not allowed");
        }
        if (pattern.getObjectType() == null) {
            out.at(pattern, "OOPath expressions (/...) are not allowed: match a fact-model type, as in"
                    + " LineFact(...)");
        } else if (!factTypes.isFactType(pattern.getObjectType())) {
            out.at(pattern, pattern.getObjectType() + " is not a fact-model type: import it from "
                    + FactTypes.FACT_PACKAGE);
        } else if (unmultiplied == 0 && pattern.getObjectType().endsWith("LineFact")
                && ++linePatterns == MAX_LINE_PATTERNS + 1) {
            out.at(pattern, "a rule may match at most " + MAX_LINE_PATTERNS + " LineFact patterns: more would join"
                    + " every line with every other pair of lines");
        }
        if (pattern.isQuery() || pattern.isUnification()) {
            out.at(pattern, "query calls and unification (:=) are not allowed");
        }
        annotations(pattern, pattern);
        if (pattern.getIdentifier() != null) {
            bind(pattern, pattern.getIdentifier());
            bindings.addFact(pattern.getIdentifier());
        }
        constraints(pattern);
    }

    private void constraints(PatternDescr pattern) {
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression
                    && expression.getType() != ExprConstraintDescr.Type.POSITIONAL) {
                CodeSpan span = CodeSpan.locate(out.source(), expression.getExpression(),
                        startOf(expression, pattern), expression.getLine() > 0 ? expression : pattern);
                ConstraintChecker.checkConstraint(out, bindings, span);
            } else {
                out.at(constraint.getLine() > 0 ? constraint : pattern,
                        "positional constraints are not allowed: name the property, as in sku == \"A\"");
            }
        }
    }

    /**
     * Only {@code accumulate( <patterns> ; $total : sum($q) [; <constraint>] )} with sum, count, min or
     * max: custom init/action/result code is arbitrary Java, and the classic
     * {@code Number() from accumulate(...)} form matches a JDK type.
     */
    private void accumulate(PatternDescr result, AccumulateDescr accumulate) {
        boolean conditionalElementForm = "Object".equals(result.getObjectType()) && result.getIdentifier() == null
                && accumulate.getFunctions().stream().allMatch(f -> f.getBind() != null);
        if (!accumulate.isExternalFunction()) {
            out.at(accumulate, "accumulate with init/action/result code is not allowed: use the built-in"
                    + " functions sum, count, min or max");
            return;
        }
        if (!conditionalElementForm) {
            out.at(result, "only the form accumulate( LineFact($q : quantity) ; $total : sum($q) ) is allowed");
            return;
        }
        element(accumulate.getInput());
        for (AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            if (!ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                out.at(accumulate, "accumulate function " + function.getFunction() + " is not allowed: use sum,"
                        + " count, min or max");
            }
            bind(accumulate, function.getBind());
            // The arguments follow the function's binding, which is unique inside the accumulate.
            int bindAt = out.source().text().indexOf(function.getBind(), startOf(accumulate, result));
            Arrays.stream(function.getParams()).forEach(param -> ConstraintChecker.checkExpression(out, bindings,
                    CodeSpan.locate(out.source(), param, bindAt, accumulate)));
            bindings.addValue(function.getBind());
        }
        constraints(result);
    }

    private void bind(BaseDescr where, String name) {
        if (!Bindings.isValidName(name)) {
            out.at(where, "binding name " + name + " must start with $ (for example $line)");
        }
    }

    /**
     * Drools keeps the then part as text; its line and the column of {@code then} locate it, and the
     * text follows from the first non-blank character after {@code then}.
     */
    private void consequence(RuleDescr rule) {
        if (rule.getConsequence() == null) {
            return;
        }
        if (!(rule.getConsequence() instanceof String code)) {
            // Fail closed: a then part this checker cannot read is a then part it cannot vouch for.
            out.at(rule, "the then part of rule " + rule.getName() + " could not be read");
            return;
        }
        int then = out.source().offsetOf(rule.getConsequenceLine(), rule.getConsequencePattern());
        boolean thenFound = then >= 0 && out.source().text().startsWith("then", then);
        CodeSpan span = CodeSpan.locate(out.source(), code, thenFound ? then + "then".length() : -1, rule);
        ConsequenceChecker.check(out, bindings, span);
    }

    private String sourceProblem(PatternDescr pattern) {
        if (pattern.getSource() instanceof FromDescr) {
            return "from is not allowed: " + MATCH_FACTS;
        }
        if (pattern.getSource() instanceof CollectDescr) {
            return "collect is not allowed: count with accumulate( LineFact() ; $n : count() )";
        }
        if (pattern.getSource() instanceof EntryPointDescr) {
            return "entry points are not allowed: " + MATCH_FACTS;
        }
        if (pattern.getSource() instanceof WindowReferenceDescr) {
            return "windows are not allowed: " + MATCH_FACTS;
        }
        return describe(pattern.getSource()) + " is not allowed: " + MATCH_FACTS;
    }

    private static String describe(BaseDescr descr) {
        return descr.getClass().getSimpleName().replace("Descr", "").toLowerCase();
    }

    private static int startOf(BaseDescr descr, BaseDescr fallback) {
        return descr.getStartCharacter() >= 0 ? descr.getStartCharacter() : fallback.getStartCharacter();
    }
}
