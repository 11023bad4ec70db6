package io.promoplatform.rules.sandbox;

import java.util.List;
import org.drools.drl.ast.descr.PackageDescr;

/**
 * The sandbox's verdict together with the parse tree it judged. Compile {@code packageDescr} itself
 * (not the text again) so that what runs is exactly what was checked; it is null when the text could
 * not be parsed or was refused before parsing.
 */
public record SandboxReport(PackageDescr packageDescr, List<SandboxViolation> violations) {

    public SandboxReport {
        violations = List.copyOf(violations);
    }

    public boolean accepted() {
        return violations.isEmpty();
    }
}
