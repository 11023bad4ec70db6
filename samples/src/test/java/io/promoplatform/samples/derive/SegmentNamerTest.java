package io.promoplatform.samples.derive;

import io.promoplatform.samples.SampleSegment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentNamerTest {

    private static double[] centroid(Object... columnsAndZ) {
        double[] z = new double[Demographic.values().length];
        for (int i = 0; i < columnsAndZ.length; i += 2) {
            z[((Demographic) columnsAndZ[i]).index()] = ((Number) columnsAndZ[i + 1]).doubleValue();
        }
        return z;
    }

    @Test
    void clustersGetTheArchetypeTheirCentroidsFitBest() {
        double[][] centroids = {
                centroid(Demographic.AGE60, 1.5),
                centroid(Demographic.INCOME, 1.2, Demographic.EDUC, 1.1, Demographic.HVAL150, 1.3),
                centroid(Demographic.INCOME, -0.8, Demographic.HVAL150, -1.0, Demographic.CPDIST5, 1.4),
                centroid(Demographic.ETHNIC, 1.6, Demographic.CPDIST5, -0.9),
                centroid(Demographic.AGE60, -0.9, Demographic.HHLARGE, 1.2)};

        List<SampleSegment> segments = SegmentNamer.name(centroids);

        assertThat(segments).extracting(SampleSegment::id).containsExactly(
                "seniors", "affluent-educated", "value-suburban", "urban-ethnic", "young-families");
    }

    @Test
    void descriptionNamesTheDistinctiveColumnsWithTheirZScoresStrongestFirst() {
        String description = SegmentNamer.describe(
                centroid(Demographic.AGE60, 1.24, Demographic.SSTRVOL, -0.81, Demographic.EDUC, 0.2),
                java.util.Set.of(Demographic.AGE60));

        assertThat(description).isEqualTo("Stores with more residents aged 60 and over (+1.2 sd) and "
                + "sales low relative to the nearest warehouse store (-0.8 sd)");
    }

    @Test
    void centroidThatFitsNoArchetypeIsNamedAfterItsTwoStrongestColumns() {
        double[][] centroids = {centroid(Demographic.CPWVOL5, 1.3, Demographic.SSTRDIST, -0.9, Demographic.AGE60, -0.1)};

        SampleSegment segment = SegmentNamer.name(centroids).get(0);

        assertThat(segment.id()).isEqualTo("busy-near-warehouse");
        assertThat(segment.name()).isEqualTo("Busy Near Warehouse");
        assertThat(segment.description()).contains("(+1.3 sd)", "(-0.9 sd)");
    }
}
