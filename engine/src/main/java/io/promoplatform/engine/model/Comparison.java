package io.promoplatform.engine.model;

/** The chosen model's accuracy beside the two baselines on the same rows and split. */
public record Comparison(EvaluationResult model, EvaluationResult brandMean, EvaluationResult logLog) {
}
