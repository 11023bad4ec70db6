package io.promoplatform.rules.sandbox;

import java.util.Set;

/** Words with a meaning of their own to javac or MVEL; a rule may never use them as a name. */
final class JavaWords {

    static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "var", "yield", "record", "sealed", "permits",
            // MVEL's own statements, which a constraint compiled by MVEL would otherwise run.
            "def", "function", "with", "foreach", "until", "isdef");

    /** Methods that reach the class of an object or its monitor; refused on anything, fact or not. */
    static final Set<String> REFLECTION = Set.of(
            "getClass", "class", "forName", "getClassLoader", "getDeclaredMethod", "getDeclaredMethods",
            "getMethod", "getMethods", "getDeclaredField", "getDeclaredFields", "getField", "getFields",
            "getDeclaredConstructor", "getDeclaredConstructors", "getConstructor", "getConstructors",
            "setAccessible", "invoke", "newInstance", "getModule", "wait", "notify", "notifyAll", "clone",
            "finalize");

    static String reflection(String what) {
        return "reflection (" + what + ") is not allowed: a rule may only call methods of the fact model";
    }

    private JavaWords() {
    }
}
