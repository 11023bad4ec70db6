package io.promoplatform.rules.sandbox;

/**
 * One reason a DRL submission was refused, at a 1-based line and column of the submitted text.
 * {@link #toString()} is the sentence an admin reads: {@code line 7, column 5: static call to ...}.
 */
public record SandboxViolation(int line, int column, String message) {

    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + message;
    }
}
