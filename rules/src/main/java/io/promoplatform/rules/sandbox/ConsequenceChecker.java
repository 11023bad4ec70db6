package io.promoplatform.rules.sandbox;

import io.promoplatform.rules.sandbox.CodeLexer.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a rule's {@code then} part token by token against an allow-list. Passes: calls of methods
 * on facts bound in the when part ({@code $line.percentOff(drools, ...)}); {@code drools} only as an
 * argument; the java.math uses in {@link BigDecimalRules}; local variables of type BigDecimal,
 * RoundingMode, int, long, boolean or String; literals, arithmetic, comparison, assignment,
 * {@code if}/{@code else}. Anything else is refused with the reason, including every other name,
 * since an unknown name is how a class (System, Runtime, java.io.File, ...) gets in.
 * <p>
 * Cost is bounded too, because one firing must stay cheap whatever the engine's firing bound: no
 * loops, at most {@value #MAX_GROWING_OPERATIONS} operations that can double a value's size (+, *,
 * multiply), string literals of at most {@value #MAX_STRING_LITERAL} characters, small BigDecimal
 * scales.
 */
final class ConsequenceChecker {

    static final int MAX_GROWING_OPERATIONS = 8;
    static final int MAX_STRING_LITERAL = 256;

    private static final Set<String> LOCAL_TYPES = Set.of("int", "long", "boolean", "String");
    private static final Set<String> REFUSED_TYPES = Set.of("byte", "short", "char", "float", "double", "void");
    private static final Set<String> FACT_ACTIONS = Set.of(
            "insert", "insertLogical", "update", "modify", "retract", "delete");
    private static final Set<String> OPERATORS = Set.of(
            "+", "-", "*", "/", "%", "=", "+=", "-=", "*=", "/=", "%=", "==", "!=", "<", ">", "<=", ">=",
            "&&", "||", "!", "++", "--", ";", ",");
    private static final Set<String> GROWING = Set.of("+", "*", "+=", "*=");

    private static final String FACT_MODEL_ONLY = "a rule may only call methods of the fact model";
    private static final String NAMES_ALLOWED = "a consequence may use only the variables bound in the"
            + " when part, its own local variables, BigDecimal and RoundingMode";
    private static final String PASS_DROOLS = "drools may only be passed to a fact method, as in"
            + " $line.percentOff(drools, new BigDecimal(\"10\"))";

    private final Violations out;
    private final Bindings bindings;
    private final CodeSpan span;
    private final Tokens tokens;
    private final Set<String> locals = new HashSet<>();
    private int next;
    private int growingOperations;
    private int parentheses;
    private int braces;
    /** One violation per statement: what follows a refused call is usually an echo of it. */
    private boolean statementReported;

    private ConsequenceChecker(Violations out, Bindings bindings, CodeSpan span) {
        this.out = out;
        this.bindings = bindings;
        this.span = span;
        this.tokens = new Tokens(span.code());
    }

    static void check(Violations out, Bindings bindings, CodeSpan span) {
        new ConsequenceChecker(out, bindings, span).run();
    }

    private void run() {
        while (next < tokens.size()) {
            Token token = tokens.at(next);
            switch (token.kind()) {
                case ERROR -> refuseWord(token, token.text());
                case STRING -> {
                    if (token.text().length() - 2 > MAX_STRING_LITERAL) {
                        report(token, "string literals longer than " + MAX_STRING_LITERAL
                                + " characters are not allowed in a consequence");
                    }
                    next++;
                }
                case NUMBER -> next++;
                case IDENTIFIER -> identifier(token);
                case OPERATOR -> operator(token);
            }
        }
        if (parentheses > 0 || braces > 0) {
            statementReported = false;
            report(tokens.at(tokens.size() - 1), "unclosed '(' or '{' in the consequence");
        }
    }

    private void identifier(Token token) {
        String name = token.text();
        switch (name) {
            case "if", "else", "true", "false", "null" -> next++;
            case "new" -> construction(token);
            case "drools" -> droolsArgument(token);
            case "kcontext" -> refuseChain(token, "kcontext is not available to rules: they act only through"
                    + " fact methods, passing drools");
            case "for", "while", "do" -> refuseWord(token, "loops are not allowed in a consequence: it runs once"
                    + " for each match");
            case "with" -> refuseWord(token, "MVEL with-blocks are not allowed: call the fact's methods instead");
            default -> {
                if (FACT_ACTIONS.contains(name)) {
                    refuseWord(token, name + " is not allowed: consequences change facts only through fact-model"
                            + " methods such as $line.percentOff(drools, ...)");
                } else if (name.startsWith("$")) {
                    binding(token);
                } else if (locals.contains(name)) {
                    next++;
                } else if (REFUSED_TYPES.contains(name)) {
                    refuseWord(token, "type " + name + " is not allowed: local variables may be BigDecimal,"
                            + " RoundingMode, int, long, boolean or String");
                } else if (JavaWords.KEYWORDS.contains(name) && !LOCAL_TYPES.contains(name)) {
                    refuseWord(token, "Java keyword '" + name + "' is not allowed in a consequence");
                } else {
                    qualifiedName(token);
                }
            }
        }
    }

    /** A fact binding's methods may be called; a value binding is then handled like any value. */
    private void binding(Token token) {
        String name = token.text();
        if (!bindings.contains(name)) {
            refuseChain(token, "unknown variable " + name + ": only variables bound in the when part can be used");
        } else if (bindings.isFact(name) && tokens.is(next + 1, ".") && tokens.isIdentifier(next + 2)) {
            Token member = tokens.at(next + 2);
            if (JavaWords.REFLECTION.contains(member.text())) {
                report(member, JavaWords.reflection(member.text()));
            }
            next += 3;
        } else {
            next++;
        }
    }

    /** A name with dots: a local declaration, BigDecimal or RoundingMode, or else a class: refused. */
    private void qualifiedName(Token token) {
        int end = tokens.chainEnd(next);
        List<String> names = tokens.names(next, end);
        int typeLength = BigDecimalRules.typeLength(names);
        if (typeLength > 0) {
            mathType(token, names, typeLength);
            return;
        }
        String dotted = String.join(".", names);
        if (LOCAL_TYPES.contains(dotted) && tokens.isIdentifier(end)) {
            declareLocal(tokens.at(end));
            next = end + 1;
            return;
        }
        if (LOCAL_TYPES.contains(dotted)) {
            report(token, dotted + " may only declare a local variable, as in int free = 1;");
        } else if (names.stream().anyMatch(JavaWords.REFLECTION::contains)) {
            report(token, JavaWords.reflection(dotted));
        } else if (tokens.is(end, "(")) {
            report(token, (names.size() > 1 ? "static call to " + dotted : "call to " + dotted + "(...)")
                    + " is not allowed: " + FACT_MODEL_ONLY);
        } else {
            report(token, dotted + " is not allowed: " + NAMES_ALLOWED);
        }
        next = end;
    }

    /** {@code BigDecimal x = ...}, {@code BigDecimal.valueOf(...)}, constants, {@code RoundingMode.X}. */
    private void mathType(Token token, List<String> names, int typeLength) {
        String type = names.get(typeLength - 1);
        int afterType = next + 2 * typeLength - 1;
        if (names.size() == typeLength) {
            if (tokens.isIdentifier(afterType)) {
                declareLocal(tokens.at(afterType));
                next = afterType + 1;
            } else {
                report(token, type + " may only declare a local variable or be followed by one of its"
                        + " constants, as in BigDecimal.ONE or RoundingMode.HALF_UP");
                next = afterType;
            }
            return;
        }
        int afterMember = afterType + 2;
        boolean call = tokens.is(afterMember, "(");
        if (!BigDecimalRules.isAllowedMember(type, names.get(typeLength), call)) {
            String dotted = String.join(".", names.subList(0, typeLength + 1));
            report(token, (call ? "static call to " + dotted : dotted) + " is not allowed: only"
                    + " BigDecimal.valueOf, BigDecimal.ZERO/ONE/TEN and RoundingMode constants");
        } else if (call && tokens.arguments(afterMember).size() != 1) {
            report(token, "BigDecimal.valueOf takes one argument here: a scale argument could make huge numbers");
        }
        next = afterMember;
    }

    private void construction(Token token) {
        int start = next + 1;
        if (!tokens.isIdentifier(start)) {
            refuseWord(token, "new is not allowed here: a rule may only create BigDecimal values");
            return;
        }
        int end = tokens.chainEnd(start);
        String dotted = String.join(".", tokens.names(start, end));
        if (!BigDecimalRules.isBigDecimal(dotted) || !tokens.is(end, "(")) {
            report(token, "new " + dotted + " is not allowed: a rule may only create BigDecimal values, for"
                    + " example new BigDecimal(\"10\")");
        } else if (!BigDecimalRules.isNumberLiteral(tokens.arguments(end))) {
            report(token, "new BigDecimal takes one plain number literal, for example new BigDecimal(\"10\")");
        }
        next = end;
    }

    private void droolsArgument(Token token) {
        boolean argument = (tokens.is(next - 1, "(") || tokens.is(next - 1, ","))
                && (tokens.is(next + 1, ")") || tokens.is(next + 1, ","));
        if (argument) {
            next++;
        } else if (tokens.is(next + 1, ".") && tokens.isIdentifier(next + 2)) {
            refuseChain(token, "drools." + tokens.at(next + 2).text() + " is not allowed: " + PASS_DROOLS);
        } else {
            refuseWord(token, PASS_DROOLS);
        }
    }

    private void operator(Token token) {
        String op = token.text();
        if (op.equals(";") || op.equals("{") || op.equals("}")) {
            statementReported = false;
        }
        switch (op) {
            case "." -> {
                valueMember(token);
                return;
            }
            case "(" -> parentheses++;
            case ")" -> parentheses = closing(token, parentheses, "')'");
            case "{" -> braces++;
            case "}" -> braces = closing(token, braces, "'}'");
            default -> {
                if (GROWING.contains(op)) {
                    grow(token);
                } else if (!OPERATORS.contains(op)) {
                    report(token, operatorProblem(op));
                }
            }
        }
        next++;
    }

    /** The consequence is pasted into a generated Java method: it may never close more than it opened. */
    private int closing(Token token, int open, String what) {
        if (open == 0) {
            report(token, "unbalanced " + what + ": a consequence may not close more than it opens");
            return 0;
        }
        return open - 1;
    }

    /** {@code .name} after a value: a call's result, a literal, a local or a value binding. */
    private void valueMember(Token dot) {
        if (!tokens.isIdentifier(next + 1)) {
            refuseWord(dot, "unexpected '.'");
            return;
        }
        Token member = tokens.at(next + 1);
        String name = member.text();
        boolean call = tokens.is(next + 2, "(");
        if (JavaWords.REFLECTION.contains(name)) {
            report(member, JavaWords.reflection(name));
        } else if (!BigDecimalRules.VALUE_METHODS.contains(name) || !call) {
            report(member, name + " is not allowed on a value: only BigDecimal arithmetic ("
                    + String.join(", ", BigDecimalRules.VALUE_METHODS.stream().sorted().toList())
                    + ") and fact methods");
        } else if (name.equals("multiply")) {
            grow(member);
        } else if (name.equals("setScale") || name.equals("divide")) {
            // setScale(scale, ...) and divide(divisor, scale, rounding) take the scale at different places.
            List<List<Token>> arguments = tokens.arguments(next + 2);
            int scaleAt = name.equals("setScale") ? 0 : 1;
            boolean hasScale = name.equals("setScale") || arguments.size() == 3;
            if (hasScale && (arguments.size() <= scaleAt || !BigDecimalRules.isSmallScale(arguments.get(scaleAt)))) {
                report(member, "the scale given to " + name + " must be a whole number literal from 0 to "
                        + BigDecimalRules.MAX_SCALE);
            }
        }
        next += 2;
    }

    private void grow(Token token) {
        if (++growingOperations == MAX_GROWING_OPERATIONS + 1) {
            report(token, "more than " + MAX_GROWING_OPERATIONS + " '+', '*' or multiply operations in one"
                    + " consequence: repeated concatenation or multiplication could exhaust memory");
        }
    }

    private void declareLocal(Token name) {
        String local = name.text();
        if (local.startsWith("$")) {
            report(name, "local variable " + local + " may not start with $, which marks variables bound in"
                    + " the when part");
        } else if (JavaWords.KEYWORDS.contains(local) || local.equals("drools") || local.equals("kcontext")) {
            report(name, local + " cannot be a local variable's name");
        } else {
            locals.add(local);
        }
    }

    private void refuseWord(Token token, String message) {
        report(token, message);
        next++;
    }

    private void refuseChain(Token token, String message) {
        report(token, message);
        next = tokens.chainEnd(next);
    }

    private static String operatorProblem(String op) {
        return switch (op) {
            case "[", "]" -> "arrays and indexing ([ ]) are not allowed in a consequence";
            case "@" -> "MVEL templates and annotations (@) are not allowed in a consequence";
            case "->", "::" -> "lambdas and method references are not allowed in a consequence";
            case "?", ":" -> "the conditional operator (? :) and labels are not allowed in a consequence: use"
                    + " if/else";
            default -> "operator '" + op + "' is not allowed in a consequence";
        };
    }

    private void report(Token token, String message) {
        if (!statementReported) {
            out.in(span, token.offset(), message);
            statementReported = true;
        }
    }
}
