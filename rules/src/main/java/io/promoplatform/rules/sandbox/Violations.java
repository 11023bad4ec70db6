package io.promoplatform.rules.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.drools.drl.ast.descr.BaseDescr;

/** Collects violations and turns the positions Drools and our lexer give into 1-based lines and columns. */
final class Violations {

    private final SourceText source;
    private final List<SandboxViolation> found = new ArrayList<>();

    Violations(SourceText source) {
        this.source = source;
    }

    SourceText source() {
        return source;
    }

    void atOffset(int offset, String message) {
        found.add(new SandboxViolation(source.lineOf(offset), source.columnOf(offset), message));
    }

    /** Drools descrs carry 1-based lines and 0-based columns; some (from, entry-point) carry none. */
    void at(BaseDescr descr, String message) {
        if (descr == null || descr.getLine() < 1) {
            found.add(new SandboxViolation(1, 1, message));
        } else {
            found.add(new SandboxViolation(descr.getLine(), Math.max(descr.getColumn(), 0) + 1, message));
        }
    }

    void at(int line, int column, String message) {
        found.add(new SandboxViolation(Math.max(line, 1), Math.max(column, 1), message));
    }

    /** A violation inside a piece of code: exact when the code was found in the source, else the anchor. */
    void in(CodeSpan span, int offsetInCode, String message) {
        if (span.sourceOffset() >= 0) {
            atOffset(span.sourceOffset() + offsetInCode, message);
        } else {
            at(span.anchor(), message);
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<SandboxViolation> sorted() {
        return found.stream()
                .distinct()
                .sorted(Comparator.comparingInt(SandboxViolation::line).thenComparingInt(SandboxViolation::column))
                .toList();
    }
}
