package io.promoplatform.samples.derive;

import java.util.Arrays;
import java.util.Random;

/**
 * Plain k-means (Lloyd's algorithm) with k-means++ seeding. Deterministic for a given seed: the restarts draw from
 * one {@link Random}, the lowest-inertia run wins (the earliest on a tie), and the winning clusters are relabelled
 * in order of their first member, so labels do not depend on which seed point happened to come first.
 */
public final class KMeans {

    /**
     * @param assignments cluster label of each point, 0..k-1, in input order
     * @param centroids   centre of each cluster, indexed by label
     * @param inertia     sum of squared distances of the points to their centroids
     */
    public record Result(int[] assignments, double[][] centroids, double inertia) {

        public int k() {
            return centroids.length;
        }

        public int size(int cluster) {
            return (int) Arrays.stream(assignments).filter(a -> a == cluster).count();
        }
    }

    private final int k;
    private final int restarts;
    private final int maxIterations;
    private final long seed;

    public KMeans(int k, int restarts, int maxIterations, long seed) {
        if (k < 1 || restarts < 1 || maxIterations < 1) {
            throw new IllegalArgumentException("k, restarts and maxIterations must be positive");
        }
        this.k = k;
        this.restarts = restarts;
        this.maxIterations = maxIterations;
        this.seed = seed;
    }

    public Result fit(double[][] points) {
        if (points.length < k) {
            throw new IllegalArgumentException("Need at least k=" + k + " points, got " + points.length);
        }
        Random random = new Random(seed);
        Result best = null;
        for (int run = 0; run < restarts; run++) {
            Result result = lloyd(points, seedCentroids(points, random));
            if (best == null || result.inertia() < best.inertia()) {
                best = result;
            }
        }
        return relabelByFirstMember(best);
    }

    /** k-means++: the first centre uniformly, each next one with probability proportional to squared distance. */
    private double[][] seedCentroids(double[][] points, Random random) {
        double[][] centroids = new double[k][];
        centroids[0] = points[random.nextInt(points.length)].clone();
        double[] distance = new double[points.length];
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int p = 0; p < points.length; p++) {
                distance[p] = nearest(points[p], centroids, c).distance;
                total += distance[p];
            }
            int chosen = points.length - 1;
            if (total > 0) {
                double target = random.nextDouble() * total;
                for (int p = 0; p < points.length; p++) {
                    target -= distance[p];
                    if (target < 0) {
                        chosen = p;
                        break;
                    }
                }
            } else {
                chosen = random.nextInt(points.length);
            }
            centroids[c] = points[chosen].clone();
        }
        return centroids;
    }

    private Result lloyd(double[][] points, double[][] centroids) {
        int[] assignments = new int[points.length];
        Arrays.fill(assignments, -1);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            boolean changed = false;
            for (int p = 0; p < points.length; p++) {
                int label = nearest(points[p], centroids, k).label;
                if (label != assignments[p]) {
                    assignments[p] = label;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            centroids = means(points, assignments, centroids);
        }
        return new Result(assignments, centroids, inertia(points, assignments, centroids));
    }

    /** New centres; a cluster left empty takes over the point that is worst served by its current centre. */
    private double[][] means(double[][] points, int[] assignments, double[][] previous) {
        int dimensions = points[0].length;
        double[][] sums = new double[k][dimensions];
        int[] counts = new int[k];
        for (int p = 0; p < points.length; p++) {
            counts[assignments[p]]++;
            for (int d = 0; d < dimensions; d++) {
                sums[assignments[p]][d] += points[p][d];
            }
        }
        double[][] centroids = new double[k][];
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                int worst = 0;
                double worstDistance = -1;
                for (int p = 0; p < points.length; p++) {
                    double distance = squaredDistance(points[p], previous[assignments[p]]);
                    if (distance > worstDistance) {
                        worstDistance = distance;
                        worst = p;
                    }
                }
                centroids[c] = points[worst].clone();
            } else {
                centroids[c] = new double[dimensions];
                for (int d = 0; d < dimensions; d++) {
                    centroids[c][d] = sums[c][d] / counts[c];
                }
            }
        }
        return centroids;
    }

    private static double inertia(double[][] points, int[] assignments, double[][] centroids) {
        double total = 0;
        for (int p = 0; p < points.length; p++) {
            total += squaredDistance(points[p], centroids[assignments[p]]);
        }
        return total;
    }

    private static Result relabelByFirstMember(Result result) {
        int k = result.centroids().length;
        int[] newLabel = new int[k];
        Arrays.fill(newLabel, -1);
        int next = 0;
        for (int a : result.assignments()) {
            if (newLabel[a] < 0) {
                newLabel[a] = next++;
            }
        }
        for (int c = 0; c < k; c++) {
            if (newLabel[c] < 0) {
                newLabel[c] = next++;
            }
        }
        int[] assignments = Arrays.stream(result.assignments()).map(a -> newLabel[a]).toArray();
        double[][] centroids = new double[k][];
        for (int c = 0; c < k; c++) {
            centroids[newLabel[c]] = result.centroids()[c];
        }
        return new Result(assignments, centroids, result.inertia());
    }

    private record Nearest(int label, double distance) {
    }

    /** Nearest of the first {@code count} centroids; ties go to the lower label. */
    private static Nearest nearest(double[] point, double[][] centroids, int count) {
        int label = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < count; c++) {
            double distance = squaredDistance(point, centroids[c]);
            if (distance < best) {
                best = distance;
                label = c;
            }
        }
        return new Nearest(label, best);
    }

    static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            double diff = a[d] - b[d];
            sum += diff * diff;
        }
        return sum;
    }
}
