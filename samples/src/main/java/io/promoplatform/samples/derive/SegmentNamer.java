package io.promoplatform.samples.derive;

import io.promoplatform.samples.SampleSegment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names clusters of stores from their centroids in z-score space.
 * <p>
 * A handful of marketing archetypes are each defined by a few columns and a direction. An archetype's fit to a
 * centroid is the mean of the signed z-scores of its columns. Clusters and archetypes are matched one to one so
 * that the total fit is largest; a cluster whose matched archetype fits by less than {@link #MIN_FIT} standard
 * deviations is instead named after its two most distinctive columns, so a name never claims what the centroid
 * does not show. Every description spells out the columns behind the name and any other strong ones, with their
 * z-scores.
 */
final class SegmentNamer {

    /** An archetype must fit a centroid by at least this many standard deviations to lend it its name. */
    static final double MIN_FIT = 0.5;
    /** Columns at least this far from the mean are mentioned in a description even if the name does not use them. */
    static final double NOTABLE = 0.75;

    record Archetype(String id, String name, Map<Demographic, Integer> directions) {

        double fit(double[] centroid) {
            return directions.entrySet().stream()
                    .mapToDouble(e -> e.getValue() * centroid[e.getKey().index()])
                    .average().orElse(0);
        }
    }

    static final List<Archetype> ARCHETYPES = List.of(
            archetype("affluent-educated", "Affluent educated",
                    Demographic.INCOME, +1, Demographic.EDUC, +1, Demographic.HVAL150, +1),
            archetype("value-suburban", "Value suburban",
                    Demographic.INCOME, -1, Demographic.HVAL150, -1, Demographic.CPDIST5, +1),
            archetype("urban-ethnic", "Urban ethnic",
                    Demographic.ETHNIC, +1, Demographic.CPDIST5, -1),
            archetype("seniors", "Seniors",
                    Demographic.AGE60, +1),
            archetype("young-families", "Young families",
                    Demographic.AGE60, -1, Demographic.HHLARGE, +1),
            archetype("young-working", "Young working",
                    Demographic.AGE60, -1, Demographic.WORKWOM, +1));

    private SegmentNamer() {
    }

    /** One segment per centroid, in centroid order. */
    static List<SampleSegment> name(double[][] centroids) {
        int[] match = bestMatch(centroids);
        List<SampleSegment> segments = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int c = 0; c < centroids.length; c++) {
            double[] centroid = centroids[c];
            Archetype archetype = match[c] >= 0 ? ARCHETYPES.get(match[c]) : null;
            SampleSegment segment = archetype != null && archetype.fit(centroid) >= MIN_FIT
                    ? new SampleSegment(archetype.id(), archetype.name(),
                            describe(centroid, archetype.directions().keySet()))
                    : generic(centroid, used);
            used.add(segment.id());
            segments.add(segment);
        }
        return segments;
    }

    /** Exhaustive one-to-one matching of clusters to archetypes (tiny sizes); -1 where there are too few. */
    private static int[] bestMatch(double[][] centroids) {
        double[][] fit = new double[centroids.length][ARCHETYPES.size()];
        for (int c = 0; c < centroids.length; c++) {
            for (int a = 0; a < ARCHETYPES.size(); a++) {
                fit[c][a] = ARCHETYPES.get(a).fit(centroids[c]);
            }
        }
        int[] best = new int[centroids.length];
        Arrays.fill(best, -1);
        search(fit, 0, new int[centroids.length], new boolean[ARCHETYPES.size()], 0, best, new double[] {Double.NEGATIVE_INFINITY});
        return best;
    }

    private static void search(double[][] fit, int cluster, int[] current, boolean[] taken, double total,
                               int[] best, double[] bestTotal) {
        if (cluster == fit.length) {
            if (total > bestTotal[0]) {
                bestTotal[0] = total;
                System.arraycopy(current, 0, best, 0, current.length);
            }
            return;
        }
        boolean anyFree = false;
        for (int a = 0; a < taken.length; a++) {
            if (!taken[a]) {
                anyFree = true;
                taken[a] = true;
                current[cluster] = a;
                search(fit, cluster + 1, current, taken, total + fit[cluster][a], best, bestTotal);
                taken[a] = false;
            }
        }
        if (!anyFree) {
            current[cluster] = -1;
            search(fit, cluster + 1, current, taken, total, best, bestTotal);
        }
    }

    private static SampleSegment generic(double[] centroid, Set<String> used) {
        List<Demographic> top = byDistinctiveness(centroid).subList(0, 2);
        String base = top.stream().map(d -> d.word(centroid[d.index()])).collect(Collectors.joining("-"));
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "-" + n;
        }
        String name = Arrays.stream(id.split("-"))
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
        return new SampleSegment(id, name, describe(centroid, Set.copyOf(top)));
    }

    /** "Stores with A (+1.2 sd), B (-0.9 sd) and C (+0.8 sd)", strongest first. */
    static String describe(double[] centroid, Set<Demographic> named) {
        Map<Demographic, Double> mentioned = new LinkedHashMap<>();
        for (Demographic d : byDistinctiveness(centroid)) {
            double z = centroid[d.index()];
            if (named.contains(d) || Math.abs(z) >= NOTABLE) {
                mentioned.put(d, z);
            }
        }
        List<String> parts = mentioned.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s (%+.1f sd)", e.getKey().phrase(e.getValue()), e.getValue()))
                .toList();
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "Stores with " + joined;
    }

    private static List<Demographic> byDistinctiveness(double[] centroid) {
        return Arrays.stream(Demographic.values())
                .sorted(Comparator.comparingDouble((Demographic d) -> -Math.abs(centroid[d.index()]))
                        .thenComparingInt(Demographic::ordinal))
                .toList();
    }

    private static Archetype archetype(String id, String name, Object... columnsAndDirections) {
        Map<Demographic, Integer> directions = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndDirections.length; i += 2) {
            directions.put((Demographic) columnsAndDirections[i], (Integer) columnsAndDirections[i + 1]);
        }
        return new Archetype(id, name, directions);
    }
}
