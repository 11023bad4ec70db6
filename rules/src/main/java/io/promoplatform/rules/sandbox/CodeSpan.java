package io.promoplatform.rules.sandbox;

import org.drools.drl.ast.descr.BaseDescr;

/**
 * A piece of code the parser handed over as text (a constraint, an accumulate argument, a consequence)
 * and where it sits in the DRL: {@code sourceOffset} is -1 when the text could not be found verbatim,
 * and then violations are reported at {@code anchor}, the descr that holds the code.
 */
record CodeSpan(String code, int sourceOffset, BaseDescr anchor) {

    /** Finds {@code code} at or after {@code from} in the source; falls back to the anchor's position. */
    static CodeSpan locate(SourceText source, String code, int from, BaseDescr anchor) {
        if (from < 0) {
            return new CodeSpan(code, -1, anchor);
        }
        if (source.text().startsWith(code, from)) {
            return new CodeSpan(code, from, anchor);
        }
        return new CodeSpan(code, source.text().indexOf(code, from), anchor);
    }
}
