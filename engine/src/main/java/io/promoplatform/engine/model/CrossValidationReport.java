package io.promoplatform.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every learner scored two ways: leave-stores-out (group k-fold by store, the stand-in for the stores
 * the data leaves out) and a last-weeks holdout (fit on earlier weeks, score the last ones). The winner
 * is the candidate with the lowest leave-stores-out RMSE, because unseen stores are what the product is
 * judged on; the per-brand mean is a baseline and never wins.
 */
public record CrossValidationReport(int folds, int holdoutWeeks, int firstHoldoutWeek, List<LearnerScore> scores,
                                    Learner winner) {

    public CrossValidationReport {
        scores = List.copyOf(scores);
    }

    public LearnerScore score(Learner learner) {
        return scores.stream().filter(s -> s.learner() == learner).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(learner.id() + " was not scored"));
    }

    /** A fixed-width table, one learner a line, winner marked. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-14s %28s   %28s   %8s", "learner",
                "leave-" + folds + "-store-folds-out", "last " + holdoutWeeks + " weeks (>= " + firstHoldoutWeek + ")", "seconds"));
        out.add(String.format(Locale.ROOT, "%-14s %9s %9s %8s   %9s %9s %8s", "", "rmse", "mae", "r2", "rmse", "mae", "r2"));
        for (LearnerScore s : scores) {
            EvaluationResult a = s.leaveStoresOut();
            EvaluationResult b = s.lastWeeks();
            out.add(String.format(Locale.ROOT, "%-14s %9.4f %9.4f %8.4f   %9.4f %9.4f %8.4f   %8.1f%s", s.learner().id(),
                    a.rmse(), a.mae(), a.r2(), b.rmse(), b.mae(), b.r2(), s.seconds(), s.learner() == winner ? "  <- chosen" : ""));
        }
        return out;
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
