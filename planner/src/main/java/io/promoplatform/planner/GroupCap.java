package io.promoplatform.planner;

import java.util.Set;

/** A ceiling shared by several segments, e.g. all segments of one region or one channel. */
public record GroupCap(String name, Set<String> segments, int maxSteps) {

    public GroupCap {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a group cap needs a name");
        }
        if (segments == null || segments.isEmpty()) {
            throw new IllegalArgumentException("group cap " + name + " must name at least one segment");
        }
        segments = Set.copyOf(segments);
        if (maxSteps < 0) {
            throw new IllegalArgumentException("group cap " + name + ": max steps must not be negative, was " + maxSteps);
        }
    }
}
