package io.promoplatform.rules.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits constraint and consequence code into tokens the way javac would, so that nothing the
 * compiler sees as code can hide from the checkers as a comment or a string. Comments are dropped;
 * what cannot be trusted comes back as an {@link Kind#ERROR} token whose text is the reason:
 * a string that runs past the end of its line, a text block, an unterminated comment, or a character
 * outside ASCII (javac ignores some invisible ones inside identifiers, so {@code Sys<U+200B>tem} would
 * be {@code System}). Unicode escapes are refused for the whole DRL before lexing (see DrlSandbox).
 */
final class CodeLexer {

    enum Kind { IDENTIFIER, NUMBER, STRING, OPERATOR, ERROR }

    record Token(Kind kind, String text, int offset) {

        /** True for an identifier or operator spelled {@code spelling}; never for a string's contents. */
        boolean is(String spelling) {
            return (kind == Kind.IDENTIFIER || kind == Kind.OPERATOR) && text.equals(spelling);
        }
    }

    /** Longest first, so that ">>>=" is never read as ">>" and ">=". */
    private static final List<String> OPERATORS = List.of(
            ">>>=", "<<=", ">>=", ">>>", "...", "->", "::", ":=", "++", "--", "&&", "||", "==", "!=", "<=", ">=",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "!.");

    private final String code;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private CodeLexer(String code) {
        this.code = code;
    }

    static List<Token> tokenize(String code) {
        CodeLexer lexer = new CodeLexer(code);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (pos < code.length()) {
            char c = code.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pos++;
            } else if (code.startsWith("//", pos)) {
                skipLineComment();
            } else if (code.startsWith("/*", pos)) {
                skipBlockComment();
            } else if (c == '"' || c == '\'') {
                quoted(c);
            } else if (isDigit(c) || (c == '.' && pos + 1 < code.length() && isDigit(code.charAt(pos + 1)))) {
                number();
            } else if (isIdentifierStart(c)) {
                identifier();
            } else if (c > 0x7e || c < 0x20) {
                tokens.add(new Token(Kind.ERROR, String.format(
                        "character U+%04X is not allowed outside strings and comments", (int) c), pos));
                pos++;
            } else {
                operator();
            }
        }
    }

    /** Java ends a line comment at CR as well as LF; stopping only at LF would hide the next line. */
    private void skipLineComment() {
        while (pos < code.length() && code.charAt(pos) != '\n' && code.charAt(pos) != '\r') {
            pos++;
        }
    }

    private void skipBlockComment() {
        int end = code.indexOf("*/", pos + 2);
        if (end < 0) {
            tokens.add(new Token(Kind.ERROR, "unterminated comment", pos));
            pos = code.length();
        } else {
            pos = end + 2;
        }
    }

    /** Strings and chars alike; a string may not span lines, so a text block can never start. */
    private void quoted(char quote) {
        int start = pos;
        if (quote == '"' && code.startsWith("\"\"\"", pos)) {
            tokens.add(new Token(Kind.ERROR, "text blocks (\"\"\") are not allowed", start));
            pos += 3;
            return;
        }
        pos++;
        while (pos < code.length()) {
            char c = code.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == '\n' || c == '\r') {
                break;
            } else if (c == quote) {
                pos++;
                tokens.add(new Token(Kind.STRING, code.substring(start, pos), start));
                return;
            } else {
                pos++;
            }
        }
        tokens.add(new Token(Kind.ERROR, "string literal is not closed on its line", start));
        pos = Math.min(pos, code.length());
    }

    /** Digits, dots, letters (hex, exponent, suffixes) and an exponent's sign. */
    private void number() {
        int start = pos;
        while (pos < code.length()) {
            char c = code.charAt(pos);
            char previous = code.charAt(pos - (pos > start ? 1 : 0));
            boolean exponentSign = (c == '+' || c == '-') && (previous == 'e' || previous == 'E')
                    && !code.startsWith("0x", start) && !code.startsWith("0X", start);
            if (isDigit(c) || isAsciiLetter(c) || c == '_' || c == '.' || exponentSign) {
                pos++;
            } else {
                break;
            }
        }
        tokens.add(new Token(Kind.NUMBER, code.substring(start, pos), start));
    }

    private void identifier() {
        int start = pos;
        while (pos < code.length() && (isIdentifierStart(code.charAt(pos)) || isDigit(code.charAt(pos)))) {
            pos++;
        }
        tokens.add(new Token(Kind.IDENTIFIER, code.substring(start, pos), start));
    }

    private void operator() {
        for (String op : OPERATORS) {
            if (code.startsWith(op, pos)) {
                tokens.add(new Token(Kind.OPERATOR, op, pos));
                pos += op.length();
                return;
            }
        }
        tokens.add(new Token(Kind.OPERATOR, String.valueOf(code.charAt(pos)), pos));
        pos++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** ASCII only: the allow-list names nothing else, and non-ASCII look-alikes only confuse reviewers. */
    private static boolean isIdentifierStart(char c) {
        return isAsciiLetter(c) || c == '_' || c == '$';
    }
}
