package io.promoplatform.rules.sandbox;

import io.promoplatform.rules.sandbox.CodeLexer.Kind;
import io.promoplatform.rules.sandbox.CodeLexer.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one condition inside a pattern ({@code quantity >= 2}, {@code $sku : sku},
 * {@code sku in ("A", "B")}) or an accumulate function's argument. Drools compiles these with MVEL or
 * javac, both of which would happily call any method or class, so only this allow-list passes:
 * literals; {@code this}, a field of the pattern's fact, or one property or plain getter of a bound fact;
 * bound values; comparison, arithmetic and logical operators; {@code in}, {@code not}, {@code matches},
 * {@code memberOf}, {@code contains}; parentheses and commas for grouping and {@code in} lists.
 * Property chains are one level deep because MVEL resolves {@code a.b} to any no-argument method
 * {@code b()}, and the fact model is flat anyway.
 */
final class ConstraintChecker {

    private static final Set<String> WORD_OPERATORS = Set.of("in", "not", "matches", "memberOf", "contains");
    private static final Set<String> LITERALS = Set.of("null", "true", "false");
    private static final Set<String> BINARY_OPERATORS = Set.of(
            "==", "!=", "<", ">", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%", "!");
    private static final Pattern GETTER = Pattern.compile("(get|is)[A-Z][A-Za-z0-9_]*");
    /** A repeated group, (a+)+ or (a|aa)*: the shapes whose matching time explodes with input length. */
    private static final Pattern REPEATED_GROUP = Pattern.compile("\\)[*+{]");
    private static final String CONDITIONS_COMPARE =
            "a condition may only compare fact properties with literals and bound variables";

    private final Violations out;
    private final Bindings bindings;
    private final CodeSpan span;
    private final Tokens tokens;
    private int next;
    private boolean afterOperand;
    private int depth;
    /** One violation per condition: after the first, the rest of its reading is guesswork. */
    private boolean reported;

    private ConstraintChecker(Violations out, Bindings bindings, CodeSpan span) {
        this.out = out;
        this.bindings = bindings;
        this.span = span;
        this.tokens = new Tokens(span.code());
    }

    /** A pattern constraint, which may begin by binding what it reads ({@code $sku : sku}). */
    static void checkConstraint(Violations out, Bindings bindings, CodeSpan span) {
        ConstraintChecker checker = new ConstraintChecker(out, bindings, span);
        checker.binding();
        checker.rest();
    }

    /** An expression that binds nothing: an accumulate function's argument. */
    static void checkExpression(Violations out, Bindings bindings, CodeSpan span) {
        new ConstraintChecker(out, bindings, span).rest();
    }

    private void binding() {
        if (!tokens.isIdentifier(0) || !(tokens.is(1, ":") || tokens.is(1, ":="))) {
            return;
        }
        Token name = tokens.at(0);
        if (!Bindings.isValidName(name.text())) {
            report(name, "binding name " + name.text() + " must start with $ (for example $sku)");
        }
        if (tokens.is(1, ":=")) {
            report(tokens.at(1), "unification (:=) is not allowed: bind with ':'");
        }
        boolean bindsTheFact = tokens.size() == 3 && tokens.is(2, "this");
        if (bindsTheFact) {
            bindings.addFact(name.text());
        } else {
            bindings.addValue(name.text());
        }
        next = 2;
    }

    private void rest() {
        while (next < tokens.size()) {
            Token token = tokens.at(next);
            switch (token.kind()) {
                case ERROR -> {
                    report(token, token.text());
                    next++;
                }
                case STRING, NUMBER -> literal(token);
                case IDENTIFIER -> identifier(token);
                case OPERATOR -> operator(token);
            }
        }
        if (depth > 0 && !reported) {
            out.in(span, span.code().length(), "unclosed '(' in a condition");
        }
    }

    private void literal(Token token) {
        if (afterOperand) {
            report(token, "unexpected " + token.text() + ": " + CONDITIONS_COMPARE);
        }
        afterOperand = true;
        next++;
    }

    private void identifier(Token token) {
        String name = token.text();
        if (WORD_OPERATORS.contains(name)) {
            wordOperator(token);
        } else if (LITERALS.contains(name)) {
            literal(token);
        } else if (afterOperand) {
            report(token, "'" + name + "' is not an operator a condition may use: use ==, !=, <, >, <=, >=,"
                    + " in, matches, memberOf or contains");
            next++;
        } else {
            chain(token);
        }
    }

    private void wordOperator(Token token) {
        boolean negated = tokens.is(next - 1, "not") && !token.is("not");
        if (!afterOperand && !negated) {
            report(token, "unexpected '" + token.text() + "': " + CONDITIONS_COMPARE);
        }
        next++;
        afterOperand = false;
        if (token.is("matches")) {
            regularExpression(token);
        }
    }

    private void regularExpression(Token matches) {
        Token regex = next < tokens.size() ? tokens.at(next) : matches;
        if (regex.kind() != Kind.STRING) {
            report(regex, "matches needs a regular expression written as a string literal");
        } else if (REPEATED_GROUP.matcher(regex.text()).find()) {
            report(regex, "regular expressions may not repeat a group such as (a+)+ or (a|b)*:"
                    + " matching them can take exponential time");
        }
    }

    /** A name and the dotted names after it: a field, a binding and its property, or a class. */
    private void chain(Token root) {
        int end = tokens.chainEnd(next);
        List<String> parts = tokens.names(next, end);
        String dotted = String.join(".", parts);
        boolean call = tokens.is(end, "(");
        next = end;
        afterOperand = true;
        String problem = chainProblem(root.text(), parts, dotted, call);
        if (problem != null) {
            report(root, problem);
            afterOperand = !call;
            return;
        }
        if (call) {
            next += 2;
        }
    }

    private String chainProblem(String root, List<String> parts, String dotted, boolean call) {
        if (root.equals("eval")) {
            return "eval is not allowed: " + CONDITIONS_COMPARE;
        }
        if (root.equals("drools") || root.equals("kcontext")) {
            return root + " is not available in conditions";
        }
        if (JavaWords.KEYWORDS.contains(root) && !root.equals("this")) {
            return "'" + root + "' is not allowed in a condition: " + CONDITIONS_COMPARE;
        }
        if (parts.stream().anyMatch(part -> Character.isUpperCase(part.charAt(0)))) {
            return (call ? "static call to " + dotted : "reference to class " + dotted)
                    + " is not allowed: " + CONDITIONS_COMPARE;
        }
        if (parts.stream().anyMatch(JavaWords.REFLECTION::contains)) {
            return JavaWords.reflection(dotted);
        }
        if (root.startsWith("$") && !bindings.contains(root)) {
            return "unknown variable " + root + ": bind it in an earlier condition (for example $line : LineFact())";
        }
        if (bindings.isValue(root) && parts.size() > 1) {
            return root + " holds a value, not a fact: its properties and methods may not be used";
        }
        boolean hasReceiver = root.startsWith("$") || root.equals("this");
        int allowedParts = hasReceiver ? 2 : 1;
        if (parts.size() > allowedParts) {
            return call ? "method call " + dotted + "(...) is not allowed in a condition: only fact properties"
                    + " and plain getters such as getSku()"
                    : "nested property access " + dotted + " is not allowed: a condition reads one property of"
                    + " a fact (the fact model is flat)";
        }
        if (parts.size() == 1 && hasReceiver) {
            return call ? "method call " + root + "(...) is not allowed in a condition" : null;
        }
        return memberProblem(parts.get(parts.size() - 1), call);
    }

    private String memberProblem(String member, boolean call) {
        if (JavaWords.REFLECTION.contains(member)) {
            return JavaWords.reflection(member);
        }
        if (!call) {
            return null;
        }
        boolean plainGetter = GETTER.matcher(member).matches() && tokens.is(next + 1, ")");
        return plainGetter ? null : "method call " + member + "(...) is not allowed in a condition:"
                + " only fact properties and plain getters such as getSku()";
    }

    private void operator(Token token) {
        String op = token.text();
        next++;
        if (op.equals("(")) {
            if (afterOperand) {
                report(token, "unexpected '(': " + CONDITIONS_COMPARE);
            }
            depth++;
            afterOperand = false;
        } else if (op.equals(")")) {
            if (--depth < 0) {
                report(token, "unbalanced ')' in a condition");
                depth = 0;
            }
            afterOperand = true;
        } else if (op.equals(",")) {
            if (depth == 0) {
                report(token, "unexpected ',' in a condition");
            }
            afterOperand = false;
        } else if (BINARY_OPERATORS.contains(op)) {
            afterOperand = false;
        } else {
            report(token, operatorProblem(op));
        }
    }

    private static String operatorProblem(String op) {
        return switch (op) {
            case "#" -> "inline casts (#) are not allowed in a condition";
            case "[", "]" -> "indexing and inline lists ([ ]) are not allowed in a condition";
            case "@" -> "annotations and MVEL templates (@) are not allowed in a condition";
            case "!." -> "null-safe navigation (!.) is not allowed in a condition";
            case "`" -> "backticks are not allowed in a condition";
            default -> "operator '" + op + "' is not allowed in a condition";
        };
    }

    private void report(Token token, String message) {
        if (!reported) {
            out.in(span, token.offset(), message);
            reported = true;
        }
    }
}
