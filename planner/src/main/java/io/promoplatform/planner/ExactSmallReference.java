package io.promoplatform.planner;

import java.time.Duration;
import java.util.Arrays;

/**
 * The exact optimum of any small problem, group caps of any shape included, by dynamic programming over the
 * segments with the budget used and each cap's use as the state. It exists to check the solver where greedy
 * is not exact; its state space grows with the product of the budget and the caps, so it refuses big problems.
 */
public final class ExactSmallReference {

    /** Largest number of (segment, state) cells the table may hold: about 100 MB of work at most. */
    static final long MAX_CELLS = 5_000_000;

    private static final long UNREACHABLE = Long.MIN_VALUE;

    private ExactSmallReference() {
    }

    public static AllocationResult allocate(AllocationProblem problem) {
        long start = System.nanoTime();
        MinorUnitProblem minor = new MinorUnitProblem(problem);
        int[] steps = new Table(minor).solve();
        return minor.toResult(steps, Duration.ofNanos(System.nanoTime() - start));
    }

    /** States are mixed-radix numbers: digit 0 is the budget used, digit 1 + c is the use of cap c. */
    private static final class Table {

        private final MinorUnitProblem minor;
        private final int[] radix;
        private final int stateCount;
        private final boolean[][] inCap;

        Table(MinorUnitProblem minor) {
            this.minor = minor;
            int dimensions = 1 + minor.capCount();
            radix = new int[dimensions];
            radix[0] = minor.budgetSteps() + 1;
            for (int cap = 0; cap < minor.capCount(); cap++) {
                radix[1 + cap] = minor.capMaxSteps(cap) + 1;
            }
            long states = 1;
            for (int r : radix) {
                states *= r;
                if (states * minor.size() > MAX_CELLS) {
                    throw new IllegalArgumentException("too large for the exact reference: more than "
                            + MAX_CELLS + " (segment, budget used, cap use) cells");
                }
            }
            stateCount = (int) states;
            inCap = new boolean[minor.size()][minor.capCount()];
            for (int cap = 0; cap < minor.capCount(); cap++) {
                for (int member : minor.capMembers(cap)) {
                    inCap[member][cap] = true;
                }
            }
        }

        int[] solve() {
            int n = minor.size();
            int[][] chosen = new int[n][stateCount];
            long[] best = new long[stateCount];
            Arrays.fill(best, UNREACHABLE);
            best[0] = 0;
            int[] digits = new int[radix.length];
            for (int segment = 0; segment < n; segment++) {
                long[] next = new long[stateCount];
                Arrays.fill(next, UNREACHABLE);
                for (int state = 0; state < stateCount; state++) {
                    if (best[state] == UNREACHABLE) {
                        continue;
                    }
                    decode(state, digits);
                    for (int steps = minor.minSteps(segment); steps <= minor.maxSteps(segment); steps++) {
                        int target = shifted(state, digits, segment, steps);
                        if (target < 0) {
                            break; // more steps only overflow further
                        }
                        long value = best[state] + minor.value(segment, steps);
                        if (value > next[target]) {
                            next[target] = value;
                            chosen[segment][target] = steps;
                        }
                    }
                }
                best = next;
            }
            int end = 0;
            for (int state = 1; state < stateCount; state++) {
                if (best[state] > best[end]) {
                    end = state;
                }
            }
            return walkBack(chosen, end, digits);
        }

        private int[] walkBack(int[][] chosen, int end, int[] digits) {
            int[] steps = new int[minor.size()];
            int state = end;
            for (int segment = minor.size() - 1; segment >= 0; segment--) {
                steps[segment] = chosen[segment][state];
                decode(state, digits);
                state = shifted(state, digits, segment, -steps[segment]);
            }
            return steps;
        }

        /** The state after {@code segment} takes {@code steps} more, or -1 when that breaks the budget or a cap. */
        private int shifted(int state, int[] digits, int segment, int steps) {
            int target = state;
            int place = 1;
            for (int d = 0; d < radix.length; d++) {
                if (d == 0 || inCap[segment][d - 1]) {
                    int digit = digits[d] + steps;
                    if (digit >= radix[d]) {
                        return -1;
                    }
                    target += steps * place;
                }
                place *= radix[d];
            }
            return target;
        }

        private void decode(int state, int[] digits) {
            int rest = state;
            for (int d = 0; d < radix.length; d++) {
                digits[d] = rest % radix[d];
                rest /= radix[d];
            }
        }
    }
}
