package io.promoplatform.planner;

/** The campaign's budget in steps, as the problem fact the total-budget constraint compares against. */
public record BudgetLimit(int steps) {
}
