package io.promoplatform.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AllocationProblemValidationTest {

    private static final BigDecimal STEP = new BigDecimal("50.00");
    private static final UpliftCurve CURVE = UpliftCurve.of("0", "10.00", "18.00", "24.00");

    @Test
    void refusesACurveWhoseReturnsGrow() {
        assertThatThrownBy(() -> UpliftCurve.of("0", "5.00", "12.00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an uplift curve must be concave (diminishing returns): step 2 adds 7.00 "
                        + "but step 1 added only 5.00");
    }

    @Test
    void refusesACurveThatLosesMargin() {
        assertThatThrownBy(() -> UpliftCurve.of("0", "5.00", "4.00"))
                .hasMessage("an uplift curve must not decrease: step 2 loses 1.00 of margin");
    }

    @Test
    void refusesACurveThatDoesNotStartAtZero() {
        assertThatThrownBy(() -> UpliftCurve.of("1.00", "2.00"))
                .hasMessageContaining("must start at 0");
    }

    @Test
    void acceptsAFlatTailAndAStraightLine() {
        assertThat(UpliftCurve.of("0", "3", "6", "9", "9").maxSteps()).isEqualTo(4);
    }

    @Test
    void refusesMinAboveMax() {
        assertThatThrownBy(() -> new SegmentSpec("north", 3, 2, CURVE))
                .hasMessage("segment north: min steps 3 is above max steps 2");
    }

    @Test
    void refusesACurveShorterThanTheCeiling() {
        assertThatThrownBy(() -> new SegmentSpec("north", 0, 5, CURVE))
                .hasMessage("segment north: the uplift curve covers 3 steps but max steps is 5");
    }

    @Test
    void refusesABudgetThatIsNotAWholeNumberOfSteps() {
        assertThatThrownBy(() -> AllocationProblem.stepsIn(new BigDecimal("1020.00"), STEP))
                .hasMessage("the budget 1020.00 is not a whole number of 50.00 steps");
        assertThat(AllocationProblem.stepsIn(new BigDecimal("1000"), STEP)).isEqualTo(20);
    }

    @Test
    void refusesMinimumsThatTheBudgetCannotCover() {
        assertThatThrownBy(() -> problem(3, List.of(new SegmentSpec("a", 2, 3, CURVE), new SegmentSpec("b", 2, 3, CURVE)),
                List.of()))
                .hasMessage("the segment minimums need 4 steps but the budget has only 3");
    }

    @Test
    void refusesAGroupCapBelowItsSegmentsMinimums() {
        assertThatThrownBy(() -> problem(10, List.of(new SegmentSpec("a", 2, 3, CURVE), new SegmentSpec("b", 2, 3, CURVE)),
                List.of(new GroupCap("north", Set.of("a", "b"), 3))))
                .hasMessage("group cap north allows 3 steps but its segments' minimums need 4");
    }

    @Test
    void refusesAGroupCapOverAnUnknownSegment() {
        assertThatThrownBy(() -> problem(10, List.of(new SegmentSpec("a", 0, 3, CURVE)),
                List.of(new GroupCap("north", Set.of("a", "z"), 3))))
                .hasMessage("group cap north names unknown segment z");
    }

    @Test
    void refusesASegmentListedTwice() {
        assertThatThrownBy(() -> problem(10, List.of(new SegmentSpec("a", 0, 3, CURVE), new SegmentSpec("a", 0, 2, CURVE)),
                List.of()))
                .hasMessage("segment a is listed twice");
    }

    @Test
    void refusesANegativeChangeCost() {
        assertThatThrownBy(() -> new AllocationProblem("c", STEP, 3, List.of(new SegmentSpec("a", 0, 3, CURVE)),
                List.of(), new BigDecimal("-1")))
                .hasMessage("the change cost per step must not be negative, was -1");
    }

    private static AllocationProblem problem(int budgetSteps, List<SegmentSpec> segments, List<GroupCap> caps) {
        return new AllocationProblem("winter-juice", STEP, budgetSteps, segments, caps);
    }
}
