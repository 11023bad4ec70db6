package io.promoplatform.planner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Small problems for tests, written as each step's gain in whole currency units. */
final class TestProblems {

    static final BigDecimal STEP = new BigDecimal("50.00");

    private TestProblems() {
    }

    static UpliftCurve gains(long... gainPerStep) {
        List<BigDecimal> margins = new ArrayList<>();
        long total = 0;
        margins.add(BigDecimal.ZERO);
        for (long gain : gainPerStep) {
            total += gain;
            margins.add(BigDecimal.valueOf(total));
        }
        return new UpliftCurve(margins);
    }

    static SegmentSpec segment(String name, int min, int max, long... gainPerStep) {
        return new SegmentSpec(name, min, max, gains(gainPerStep));
    }

    static AllocationProblem problem(int budgetSteps, List<SegmentSpec> segments, List<GroupCap> caps) {
        return new AllocationProblem("test-campaign", STEP, budgetSteps, segments, caps);
    }

    /**
     * A random small problem with concave integer curves; with {@code crossingCaps} its caps may overlap
     * partly, otherwise they are disjoint or nested.
     */
    static AllocationProblem randomSmall(Random random, int segments, int maxSteps, boolean crossingCaps) {
        List<SegmentSpec> specs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
            long[] gains = new long[maxSteps];
            long gain = 5 + random.nextInt(40);
            for (int s = 0; s < maxSteps; s++) {
                gains[s] = gain;
                gain = Math.max(0, gain - random.nextInt(12));
            }
            int min = random.nextInt(2);
            int max = min + random.nextInt(maxSteps - min + 1);
            String name = "s" + i;
            names.add(name);
            specs.add(new SegmentSpec(name, min, max, random.nextInt(3) == 0 ? random.nextInt(maxSteps + 1) : null,
                    gains(gains)));
        }
        List<GroupCap> caps = new ArrayList<>();
        if (crossingCaps) {
            caps.add(cap("first", specs, names.subList(0, segments / 2 + 1), random));
            caps.add(cap("second", specs, names.subList(segments / 2 - 1, segments), random));
            caps.add(cap("ends", specs, List.of(names.get(0), names.get(segments - 1)), random));
        } else {
            caps.add(cap("outer", specs, names.subList(0, segments / 2 + 1), random));
            caps.add(cap("inner", specs, names.subList(0, 2), random));
            caps.add(cap("rest", specs, names.subList(segments / 2 + 1, segments), random));
        }
        int floors = specs.stream().mapToInt(SegmentSpec::minSteps).sum();
        int ceilings = specs.stream().mapToInt(SegmentSpec::maxSteps).sum();
        int budget = floors + random.nextInt(Math.max(1, ceilings - floors));
        return new AllocationProblem("random", STEP, budget, specs, caps, new BigDecimal(random.nextInt(4)));
    }

    private static GroupCap cap(String name, List<SegmentSpec> specs, List<String> members, Random random) {
        Set<String> set = new HashSet<>(members);
        int floors = specs.stream().filter(s -> set.contains(s.segment())).mapToInt(SegmentSpec::minSteps).sum();
        int ceilings = specs.stream().filter(s -> set.contains(s.segment())).mapToInt(SegmentSpec::maxSteps).sum();
        return new GroupCap(name, set, floors + random.nextInt(Math.max(1, ceilings - floors)));
    }
}
