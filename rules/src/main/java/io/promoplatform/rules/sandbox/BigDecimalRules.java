package io.promoplatform.rules.sandbox;

import io.promoplatform.rules.sandbox.CodeLexer.Kind;
import io.promoplatform.rules.sandbox.CodeLexer.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a then part may do with java.math: name BigDecimal and RoundingMode (simple or qualified),
 * their constants and {@code BigDecimal.valueOf}, create BigDecimals from literals, and apply
 * arithmetic to values. Scales and exponents stay small, because {@code setScale(999999999)} or
 * {@code new BigDecimal("1E-999999999")} makes the next operation build a number of a billion digits.
 */
final class BigDecimalRules {

    static final int MAX_SCALE = 10;

    /** Methods a value (a call's result, a literal, a local, a value binding) may have called on it. */
    static final Set<String> VALUE_METHODS = Set.of(
            "add", "subtract", "multiply", "divide", "negate", "abs", "min", "max", "setScale", "compareTo",
            "signum", "equals");

    private static final Set<String> BIG_DECIMAL_CONSTANTS = Set.of("ZERO", "ONE", "TEN");
    private static final Set<String> ROUNDING_MODES = Set.of(
            "UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN", "HALF_EVEN", "UNNECESSARY");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\"[+-]?\\d{1,30}(\\.\\d{1,30})?\"");

    private BigDecimalRules() {
    }

    /** How many names of a chain spell the type: 1 for BigDecimal, 3 for java.math.BigDecimal, else 0. */
    static int typeLength(List<String> names) {
        if (isType(names.get(0))) {
            return 1;
        }
        boolean qualified = names.size() >= 3 && names.get(0).equals("java") && names.get(1).equals("math")
                && isType(names.get(2));
        return qualified ? 3 : 0;
    }

    /** {@code BigDecimal.valueOf(...)}, {@code BigDecimal.ONE}, {@code RoundingMode.HALF_UP}. */
    static boolean isAllowedMember(String type, String member, boolean call) {
        if (type.equals("BigDecimal")) {
            return call ? member.equals("valueOf") : BIG_DECIMAL_CONSTANTS.contains(member);
        }
        return !call && ROUNDING_MODES.contains(member);
    }

    static boolean isBigDecimal(String dotted) {
        return dotted.equals("BigDecimal") || dotted.equals("java.math.BigDecimal");
    }

    /** One number literal, or a string of plain digits: never an exponent, never a variable. */
    static boolean isNumberLiteral(List<List<Token>> arguments) {
        if (arguments.size() != 1) {
            return false;
        }
        List<Token> argument = arguments.get(0);
        List<Token> literal = !argument.isEmpty() && argument.get(0).is("-")
                ? argument.subList(1, argument.size()) : argument;
        if (literal.size() != 1) {
            return false;
        }
        Token token = literal.get(0);
        return token.kind() == Kind.NUMBER
                || (token.kind() == Kind.STRING && PLAIN_DECIMAL.matcher(token.text()).matches());
    }

    /** A scale argument: a literal from 0 to {@value #MAX_SCALE}. */
    static boolean isSmallScale(List<Token> argument) {
        return argument.size() == 1 && argument.get(0).kind() == Kind.NUMBER
                && argument.get(0).text().matches("\\d{1,2}") && Integer.parseInt(argument.get(0).text()) <= MAX_SCALE;
    }

    private static boolean isType(String name) {
        return name.equals("BigDecimal") || name.equals("RoundingMode");
    }
}
