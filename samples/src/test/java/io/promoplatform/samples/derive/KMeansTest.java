package io.promoplatform.samples.derive;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KMeansTest {

    /** Three tight blobs of ten points around (0,0), (100,0) and (0,100), interleaved so order gives no hint. */
    private static double[][] threeSeparatedBlobs() {
        double[][] centres = {{0, 0}, {100, 0}, {0, 100}};
        Random random = new Random(42);
        double[][] points = new double[30][];
        for (int i = 0; i < 30; i++) {
            double[] centre = centres[i % 3];
            points[i] = new double[] {centre[0] + random.nextDouble() - 0.5, centre[1] + random.nextDouble() - 0.5};
        }
        return points;
    }

    @Test
    void obviouslySeparatedBlobsEachBecomeOneCluster() {
        KMeans.Result result = new KMeans(3, 10, 100, 7L).fit(threeSeparatedBlobs());

        for (int blob = 0; blob < 3; blob++) {
            int label = result.assignments()[blob];
            for (int i = blob; i < 30; i += 3) {
                assertThat(result.assignments()[i]).as("point %d", i).isEqualTo(label);
            }
        }
        assertThat(Arrays.stream(result.assignments()).distinct().count()).isEqualTo(3);
        assertThat(result.size(0)).isEqualTo(10);
        assertThat(result.inertia()).isLessThan(30 * 0.5);
    }

    @Test
    void labelsFollowTheOrderInWhichClustersFirstAppear() {
        KMeans.Result result = new KMeans(3, 10, 100, 7L).fit(threeSeparatedBlobs());
        assertThat(Arrays.copyOf(result.assignments(), 3)).containsExactly(0, 1, 2);
        assertThat(result.centroids()[1][0]).isCloseTo(100, within(1.0));
        assertThat(result.centroids()[2][1]).isCloseTo(100, within(1.0));
    }

    @Test
    void sameSeedGivesIdenticalResultsAndAnotherSeedTheSameClustersHere() {
        double[][] points = threeSeparatedBlobs();
        KMeans.Result first = new KMeans(3, 10, 100, 7L).fit(points);
        KMeans.Result again = new KMeans(3, 10, 100, 7L).fit(points);
        KMeans.Result otherSeed = new KMeans(3, 10, 100, 12345L).fit(points);

        assertThat(again.assignments()).containsExactly(first.assignments());
        assertThat(again.centroids()).isDeepEqualTo(first.centroids());
        assertThat(again.inertia()).isEqualTo(first.inertia());
        assertThat(otherSeed.assignments()).containsExactly(first.assignments());
    }

    @Test
    void oneClusterHasTheMeanAsCentroid() {
        double[][] points = {{1, 2}, {3, 4}, {5, 9}};
        KMeans.Result result = new KMeans(1, 1, 10, 0L).fit(points);
        assertThat(result.centroids()[0]).containsExactly(new double[] {3, 5}, within(1e-12));
        assertThat(result.inertia()).isCloseTo((4 + 9) + (0 + 1) + (4 + 16), within(1e-9));
    }

    @Test
    void asManyClustersAsDistinctPointsLeavesNoInertia() {
        double[][] points = {{0, 0}, {1, 1}, {5, 5}, {9, 0}};
        KMeans.Result result = new KMeans(4, 5, 50, 3L).fit(points);
        assertThat(result.inertia()).isZero();
        assertThat(result.assignments()).containsExactly(0, 1, 2, 3);
    }
}
