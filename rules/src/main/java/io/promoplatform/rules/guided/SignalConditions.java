package io.promoplatform.rules.guided;

/** Bounds on a line's price-model signals; a line without signals matches none of them. Null = no bound. */
public record SignalConditions(Double elasticityAtMost, Double elasticityAtLeast, Double baselineUnitsAtMost,
        Double baselineUnitsAtLeast) {
}
