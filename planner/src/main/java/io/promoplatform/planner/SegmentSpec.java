package io.promoplatform.planner;

import java.util.Objects;

/**
 * One segment a campaign may spend on: its floor and ceiling in budget steps, the steps it got in the
 * plan currently in force (null when there is none) and its expected uplift curve.
 */
public record SegmentSpec(String segment, int minSteps, int maxSteps, Integer previousSteps, UpliftCurve curve) {

    public SegmentSpec {
        if (segment == null || segment.isBlank()) {
            throw new IllegalArgumentException("a segment needs a name");
        }
        Objects.requireNonNull(curve, () -> "segment " + segment + " needs an uplift curve");
        if (minSteps < 0) {
            throw new IllegalArgumentException("segment " + segment + ": min steps must not be negative, was " + minSteps);
        }
        if (minSteps > maxSteps) {
            throw new IllegalArgumentException(
                    "segment " + segment + ": min steps " + minSteps + " is above max steps " + maxSteps);
        }
        if (curve.maxSteps() < maxSteps) {
            throw new IllegalArgumentException("segment " + segment + ": the uplift curve covers " + curve.maxSteps()
                    + " steps but max steps is " + maxSteps);
        }
        if (previousSteps != null && previousSteps < 0) {
            throw new IllegalArgumentException(
                    "segment " + segment + ": previous steps must not be negative, was " + previousSteps);
        }
    }

    public SegmentSpec(String segment, int minSteps, int maxSteps, UpliftCurve curve) {
        this(segment, minSteps, maxSteps, null, curve);
    }
}
