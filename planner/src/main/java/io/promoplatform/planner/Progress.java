package io.promoplatform.planner;

import java.math.BigDecimal;
import java.time.Duration;

/** The best plan so far while a job solves: reported each time the solver finds a better one. */
public record Progress(BigDecimal objective, boolean feasible, String score, Duration elapsed) {
}
