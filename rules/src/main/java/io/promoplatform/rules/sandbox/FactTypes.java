package io.promoplatform.rules.sandbox;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a pattern's type belongs to the fact model, from the package name alone: the sandbox
 * must not depend on the fact classes themselves. A simple name counts when it was imported from the
 * fact package, or when the whole package was imported and the name is not one of java.lang's (which
 * Drools imports implicitly, so {@code Object()} or {@code Thread()} would not mean a fact).
 */
final class FactTypes {

    static final String FACT_PACKAGE = "io.promoplatform.rules.facts";

    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Z][A-Za-z0-9_]*");

    private final Set<String> imported = new HashSet<>();
    private final Set<String> importedOtherTypes = new HashSet<>();
    private boolean wholePackage;

    /** Records an import target if the allow-list permits it; returns false if it does not. */
    boolean addImport(String target) {
        if (target.equals(FACT_PACKAGE + ".*")) {
            wholePackage = true;
            return true;
        }
        if (target.startsWith(FACT_PACKAGE + ".") && isSimpleName(target.substring(FACT_PACKAGE.length() + 1))) {
            imported.add(target.substring(FACT_PACKAGE.length() + 1));
            return true;
        }
        if (target.equals("java.math.BigDecimal") || target.equals("java.math.RoundingMode")) {
            importedOtherTypes.add(target.substring("java.math.".length()));
            return true;
        }
        return false;
    }

    boolean isFactType(String type) {
        if (type.startsWith(FACT_PACKAGE + ".")) {
            return isSimpleName(type.substring(FACT_PACKAGE.length() + 1));
        }
        if (!isSimpleName(type) || importedOtherTypes.contains(type)) {
            return false;
        }
        return imported.contains(type) || (wholePackage && !isJavaLang(type));
    }

    private static boolean isSimpleName(String name) {
        return SIMPLE_NAME.matcher(name).matches();
    }

    /** Asks the bootstrap loader without initializing anything: no code of the named class runs. */
    private static boolean isJavaLang(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName, false, null);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
