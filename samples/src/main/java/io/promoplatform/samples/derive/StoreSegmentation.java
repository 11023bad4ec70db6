package io.promoplatform.samples.derive;

import io.promoplatform.samples.SampleSegment;
import io.promoplatform.samples.SampleStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Clusters stores on their eleven demographic and competition columns: each column is standardised to z-scores
 * (mean 0, sample standard deviation 1) so that no column dominates by its units, then k-means groups them and
 * {@link SegmentNamer} names the groups.
 */
final class StoreSegmentation {

    static final int SEGMENTS = 5;
    static final int RESTARTS = 20_000;
    static final int MAX_ITERATIONS = 500;
    static final long SEED = 1997L;

    static final SampleSegment DEFAULT_SEGMENT = new SampleSegment(SampleSegment.DEFAULT_ID, "Default",
            "Shoppers whose home store and customer record assign them no other segment");

    /**
     * @param segments  the named clusters sorted by id, then the default segment
     * @param stores    every input store, in input order, with its segment
     * @param centroids cluster centres in z-score space, in the order of {@code clusterSegments}
     * @param clusterSegments the segment of each cluster label
     * @param inertia   k-means inertia of the chosen clustering
     */
    record Result(List<SampleSegment> segments, List<SampleStore> stores, double[][] centroids,
                  List<SampleSegment> clusterSegments, double inertia) {
    }

    private StoreSegmentation() {
    }

    static Result segment(List<RawData.StoreDemographics> stores) {
        double[][] z = standardise(stores.stream().map(RawData.StoreDemographics::values).toArray(double[][]::new));
        KMeans.Result clusters = new KMeans(SEGMENTS, RESTARTS, MAX_ITERATIONS, SEED).fit(z);
        List<SampleSegment> named = SegmentNamer.name(clusters.centroids());

        List<SampleStore> sampleStores = new ArrayList<>();
        for (int i = 0; i < stores.size(); i++) {
            int number = stores.get(i).store();
            sampleStores.add(new SampleStore(storeId(number), "Dominick's #" + number,
                    named.get(clusters.assignments()[i]).id()));
        }
        List<SampleSegment> segments = new ArrayList<>(named);
        segments.sort(Comparator.comparing(SampleSegment::id));
        segments.add(DEFAULT_SEGMENT);
        return new Result(List.copyOf(segments), List.copyOf(sampleStores), clusters.centroids(), named,
                clusters.inertia());
    }

    static String storeId(int storeNumber) {
        return "S-" + storeNumber;
    }

    /** Column-wise z-scores with the sample standard deviation; a constant column becomes all zeros. */
    static double[][] standardise(double[][] rows) {
        int n = rows.length;
        int columns = rows[0].length;
        double[][] z = new double[n][columns];
        for (int c = 0; c < columns; c++) {
            double sum = 0;
            for (double[] row : rows) {
                sum += row[c];
            }
            double mean = sum / n;
            double squares = 0;
            for (double[] row : rows) {
                squares += (row[c] - mean) * (row[c] - mean);
            }
            double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
            for (int r = 0; r < n; r++) {
                z[r][c] = sd > 0 ? (rows[r][c] - mean) / sd : 0;
            }
        }
        return z;
    }
}
