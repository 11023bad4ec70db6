package io.promoplatform.rules.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * The gate for raw DRL that admins write: a rule may only match and modify the fact model. The DRL is
 * parsed with Drools' own parser, at the language level the compiler uses by default, and the parse
 * tree is held to an allow-list (see PackageChecker and RuleChecker); the code Drools keeps as text,
 * conditions and then parts, is tokenised and held to allow-lists of its own (ConstraintChecker,
 * ConsequenceChecker). Anything not named there is refused with its line and column.
 * <p>
 * Decisions: the package must be {@code io.promoplatform.rules.custom}, written out; {@code from},
 * {@code collect} and every {@code from accumulate} are refused (a rule matches only the facts the
 * engine inserts), while {@code accumulate( ... ; $total : sum|count|min|max(...) )} is allowed; rule
 * attributes are salience (int literal) and no-loop only; the then part is read as Java, which is why
 * {@code dialect} is refused.
 * <p>
 * Denial of service: at most {@value #MAX_BYTES} bytes and {@value PackageChecker#MAX_RULES} rules per
 * submission; brackets nested at most {@value #MAX_NESTING} deep, because Drools' parser recurses per
 * level and overflows its stack on deep nesting; no loops and bounded arithmetic in then parts (see
 * ConsequenceChecker); no repeated groups in {@code matches} patterns. A rule that keeps re-firing is
 * not the sandbox's concern: the engine bounds the number of firings per evaluation.
 */
public final class DrlSandbox {

    public static final int MAX_BYTES = 64 * 1024;
    static final int MAX_NESTING = 32;

    /** Java decodes \\uXXXX before it lexes, so "\\u0022" ends a string and "\\u000a" ends a comment. */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\+u");
    private static final Pattern PARSER_MESSAGE_PREFIX = Pattern.compile("^\\[ERR \\d+\\] Line -?\\d+:-?\\d+\\s*");

    private DrlSandbox() {
    }

    /** The violations of a DRL submission, by line and column; empty when it may be compiled. */
    public static List<SandboxViolation> check(String drl) {
        return inspect(drl).violations();
    }

    /** The violations and the parse tree they were found in, to compile when there are none. */
    public static SandboxReport inspect(String drl) {
        Objects.requireNonNull(drl, "drl");
        int bytes = drl.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return new SandboxReport(null, List.of(new SandboxViolation(1, 1,
                    "the DRL has " + bytes + " bytes; at most " + MAX_BYTES + " (64 KiB) are accepted")));
        }
        Violations out = new Violations(new SourceText(drl));
        invisibleCharacters(drl, out);
        if (!out.isEmpty() || !nestingWithinLimit(drl, out)) {
            return new SandboxReport(null, out.sorted());
        }
        unicodeEscapes(drl, out);
        PackageDescr pkg = parse(drl, out);
        if (pkg != null) {
            new PackageChecker(out).check(pkg);
        }
        return new SandboxReport(pkg, out.sorted());
    }

    /**
     * Refused anywhere, even in strings and comments: invisible and bidirectional-control characters
     * make code read differently from how it runs ("Trojan Source"), and Drools' lexer fails on them
     * and on a lone carriage return with a message that shows nothing.
     */
    private static void invisibleCharacters(String drl, Violations out) {
        for (int i = 0; i < drl.length(); i++) {
            char c = drl.charAt(i);
            int type = Character.getType(c);
            if (c == '\r' && (i + 1 == drl.length() || drl.charAt(i + 1) != '\n')) {
                out.atOffset(i, "a carriage return must be followed by a line feed");
            } else if (c != '\t' && c != '\n' && c != '\r' && Character.isISOControl(c)) {
                out.atOffset(i, String.format("control character U+%04X is not allowed", (int) c));
            } else if (type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                out.atOffset(i, String.format("invisible character U+%04X is not allowed: it can make code read"
                        + " differently from how it runs", (int) c));
            }
        }
    }

    private static boolean nestingWithinLimit(String drl, Violations out) {
        int depth = 0;
        for (int i = 0; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    out.atOffset(i, "brackets are nested more than " + MAX_NESTING + " levels deep");
                    return false;
                }
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return true;
    }

    private static void unicodeEscapes(String drl, Violations out) {
        Matcher escape = UNICODE_ESCAPE.matcher(drl);
        while (escape.find()) {
            out.atOffset(escape.start(), "unicode escapes (\\u...) are not allowed anywhere in a DRL: Java"
                    + " decodes them before strings and comments, so they can hide code; type the character itself");
        }
    }

    private static PackageDescr parse(String drl, Violations out) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            out.at(1, 1, "the DRL could not be parsed: " + e.getMessage());
            return null;
        }
        for (DroolsError error : parser.getErrors()) {
            if (error instanceof ParserError located) {
                out.at(located.getRow(), located.getCol() + 1, "syntax error: "
                        + PARSER_MESSAGE_PREFIX.matcher(located.getMessage()).replaceFirst(""));
            } else {
                out.at(1, 1, "syntax error: " + error.getMessage());
            }
        }
        return parser.hasErrors() ? null : pkg;
    }
}
