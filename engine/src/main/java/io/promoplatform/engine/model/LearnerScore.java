package io.promoplatform.engine.model;

/** One learner's accuracy on unseen stores and on the last weeks, and the seconds its folds took. */
public record LearnerScore(Learner learner, EvaluationResult leaveStoresOut, EvaluationResult lastWeeks,
                           double seconds) {
}
