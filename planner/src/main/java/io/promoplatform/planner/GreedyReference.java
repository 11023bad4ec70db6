package io.promoplatform.planner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The exact optimum by greedy marginal allocation: start every segment at its floor, then give one step at a
 * time to the segment whose next step buys the most, while that is positive and budget remains.
 *
 * <p>For concave returns, with each segment's value separable, this is optimal (Federgruen &amp; Groenevelt,
 * 1986) whenever the constraints form a polymatroid. Per-segment bounds, the total budget and group caps that
 * are nested or disjoint do; caps that overlap without one containing the other do not, and greedy can then be
 * beaten, so such problems are refused here (use {@link ExactSmallReference} on small ones). The change cost
 * keeps each segment's value concave (uplift less a multiple of |steps - previous|), so it is allowed.
 */
public final class GreedyReference {

    private GreedyReference() {
    }

    /** True when greedy marginal allocation is provably optimal for this problem. */
    public static boolean isExact(AllocationProblem problem) {
        return crossingCaps(problem).isEmpty();
    }

    public static AllocationResult allocate(AllocationProblem problem) {
        List<String> crossing = crossingCaps(problem);
        if (!crossing.isEmpty()) {
            throw new IllegalArgumentException("greedy marginal allocation is exact only when group caps are nested "
                    + "or disjoint, but caps " + crossing.get(0) + " and " + crossing.get(1) + " partly overlap");
        }
        long start = System.nanoTime();
        MinorUnitProblem minor = new MinorUnitProblem(problem);
        int[] steps = allocate(minor);
        return minor.toResult(steps, Duration.ofNanos(System.nanoTime() - start));
    }

    static int[] allocate(MinorUnitProblem minor) {
        int n = minor.size();
        int[] steps = new int[n];
        long budgetLeft = minor.budgetSteps();
        for (int i = 0; i < n; i++) {
            steps[i] = minor.minSteps(i);
            budgetLeft -= steps[i];
        }
        long[] capLeft = new long[minor.capCount()];
        List<List<Integer>> capsOf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            capsOf.add(new ArrayList<>());
        }
        for (int cap = 0; cap < capLeft.length; cap++) {
            capLeft[cap] = minor.capMaxSteps(cap);
            for (int member : minor.capMembers(cap)) {
                capLeft[cap] -= steps[member];
                capsOf.get(member).add(cap);
            }
        }
        // Best next gain first; ties go to the earlier segment so the reference is deterministic.
        PriorityQueue<long[]> nextGains = new PriorityQueue<>((a, b) -> a[0] != b[0]
                ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
        for (int i = 0; i < n; i++) {
            if (steps[i] < minor.maxSteps(i)) {
                nextGains.add(new long[] {gain(minor, i, steps[i]), i});
            }
        }
        while (budgetLeft > 0 && !nextGains.isEmpty()) {
            long[] best = nextGains.poll();
            if (best[0] <= 0) {
                break;
            }
            int segment = (int) best[1];
            if (capsOf.get(segment).stream().anyMatch(cap -> capLeft[cap] == 0)) {
                continue; // a full cap never gets room back, so this segment is done
            }
            steps[segment]++;
            budgetLeft--;
            capsOf.get(segment).forEach(cap -> capLeft[cap]--);
            if (steps[segment] < minor.maxSteps(segment)) {
                nextGains.add(new long[] {gain(minor, segment, steps[segment]), segment});
            }
        }
        return steps;
    }

    private static long gain(MinorUnitProblem minor, int segment, int steps) {
        return minor.value(segment, steps + 1) - minor.value(segment, steps);
    }

    /** The names of the first two caps that share segments without one containing the other, or none. */
    private static List<String> crossingCaps(AllocationProblem problem) {
        List<GroupCap> caps = problem.groupCaps();
        for (int a = 0; a < caps.size(); a++) {
            for (int b = a + 1; b < caps.size(); b++) {
                Set<String> shared = new HashSet<>(caps.get(a).segments());
                shared.retainAll(caps.get(b).segments());
                boolean nested = shared.size() == caps.get(a).segments().size()
                        || shared.size() == caps.get(b).segments().size();
                if (!shared.isEmpty() && !nested) {
                    return List.of(caps.get(a).name(), caps.get(b).name());
                }
            }
        }
        return List.of();
    }
}
