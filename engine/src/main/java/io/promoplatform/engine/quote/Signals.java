package io.promoplatform.engine.quote;

/** The price model's outputs for one line, inserted as facts and returned with the line. */
public record Signals(double elasticity, double baselineUnits) {
}
