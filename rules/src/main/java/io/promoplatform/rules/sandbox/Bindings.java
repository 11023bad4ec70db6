package io.promoplatform.rules.sandbox;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The variables a rule's conditions bind, in two kinds. A fact binding ({@code $line : LineFact()})
 * holds a fact-model object, whose methods are the fact model and may be called. A value binding
 * ({@code $sku : sku}, {@code $total : sum($q)}) holds a String, number or collection taken from a fact;
 * its methods belong to the JDK, so only BigDecimal arithmetic may be applied to it.
 */
final class Bindings {

    /** A leading '$' keeps bindings apart from fields, locals, class names and the {@code drools} helper. */
    private static final Pattern NAME = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");

    private final Set<String> facts = new HashSet<>();
    private final Set<String> values = new HashSet<>();

    static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    void addFact(String name) {
        facts.add(name);
    }

    void addValue(String name) {
        values.add(name);
    }

    boolean isFact(String name) {
        return facts.contains(name);
    }

    boolean isValue(String name) {
        return values.contains(name) && !facts.contains(name);
    }

    boolean contains(String name) {
        return facts.contains(name) || values.contains(name);
    }
}
