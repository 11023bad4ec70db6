package io.promoplatform.engine.model;

import io.promoplatform.engine.quote.Signals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads elasticities, baseline units and price-cut responses off a fitted model, by moving only the own
 * price of real store-weeks and asking the model. A segment's figure is the average over its stores'
 * weeks; {@link PriceSignals#DEFAULT_SEGMENT} averages over every store.
 * <ul>
 * <li>Elasticity: the central difference of predicted logmove over ±5% of the own price, averaged over
 * every observed week of the brand in the segment's stores, deals and features included. Averaging over
 * the conditions the segment actually sees matters for trees: at the one median regular price their
 * response is flat (the data has few prices just under it), while across the observed weeks it is the
 * -2 to -3.5 that the literature reports.</li>
 * <li>Baseline units and the response to cuts: the store's regular weeks (no in-store deal; feature
 * advertising set to none), with the own price set to the store's regular price (the median over those
 * weeks, which is how the sample catalog's list prices were derived), then cut by 0%, 2%, ... 50%.
 * Every {@value #REGULAR_WEEK_STRIDE}th regular week of each store is used, which keeps every season and
 * competitor-price situation in the average at a quarter of the prediction cost.</li>
 * </ul>
 */
final class ResponseAnalysis {

    /** Half-width of the central difference in log price: ±5% is wide enough to span tree splits. */
    static final double LOG_STEP = 0.05;

    static final int REGULAR_WEEK_STRIDE = 4;

    record Result(PriceSignals signals, ResponseCurves curves, Map<Integer, Map<String, Double>> typicalPrices) {
    }

    private ResponseAnalysis() {
    }

    static Result analyse(LogMovePredictor model, List<SalesRow> rows, Map<Integer, StoreProfile> stores,
                          Map<Integer, String> storeSegment, double smearing) {
        Map<Integer, Map<Integer, List<SalesRow>>> byBrandStore = new TreeMap<>();
        for (SalesRow r : rows) {
            byBrandStore.computeIfAbsent(r.brand(), b -> new TreeMap<>())
                    .computeIfAbsent(r.store(), s -> new ArrayList<>()).add(r);
        }
        Map<Integer, Map<String, Signals>> signals = new TreeMap<>();
        Map<ResponseCurves.Key, double[]> curves = new HashMap<>();
        Map<Integer, Map<String, Double>> typicalPrices = new TreeMap<>();
        for (var brandEntry : byBrandStore.entrySet()) {
            int brand = brandEntry.getKey();
            Map<String, Aggregate> bySegment = new TreeMap<>();
            for (var storeEntry : brandEntry.getValue().entrySet()) {
                int store = storeEntry.getKey();
                StoreProbe probe = StoreProbe.of(model, storeEntry.getValue(), stores);
                bySegment.computeIfAbsent(PriceSignals.DEFAULT_SEGMENT, k -> new Aggregate()).add(probe);
                String segment = storeSegment.get(store);
                if (segment != null && !segment.equals(PriceSignals.DEFAULT_SEGMENT)) {
                    bySegment.computeIfAbsent(segment, k -> new Aggregate()).add(probe);
                }
            }
            for (var seg : bySegment.entrySet()) {
                Aggregate a = seg.getValue();
                signals.computeIfAbsent(brand, b -> new TreeMap<>())
                        .put(seg.getKey(), new Signals(a.slopeSum / a.slopeCount, smearing * a.units[0] / a.unitCount));
                curves.put(new ResponseCurves.Key(brand, seg.getKey()), a.multipliers());
                typicalPrices.computeIfAbsent(brand, b -> new TreeMap<>()).put(seg.getKey(), a.typicalPrice());
            }
        }
        return new Result(PriceSignals.of(signals), new ResponseCurves(curves), typicalPrices);
    }

    /** One store's contribution for one brand: sums of slopes and of units at each cut. */
    private record StoreProbe(double slopeSum, int slopeCount, double[] units, int unitCount, double regularPrice) {

        static StoreProbe of(LogMovePredictor model, List<SalesRow> weeks, Map<Integer, StoreProfile> stores) {
            List<SalesRow> shifted = new ArrayList<>(2 * weeks.size());
            for (SalesRow r : weeks) {
                shifted.add(r.withOwnPrice(r.ownPrice() * Math.exp(-LOG_STEP)));
                shifted.add(r.withOwnPrice(r.ownPrice() * Math.exp(LOG_STEP)));
            }
            double[] p = model.predict(shifted, stores);
            double slopes = 0;
            for (int i = 0; i < weeks.size(); i++) {
                slopes += (p[2 * i + 1] - p[2 * i]) / (2 * LOG_STEP);
            }

            List<SalesRow> regular = weeks.stream().filter(r -> r.deal() == 0).toList();
            if (regular.isEmpty()) {
                regular = weeks;
            }
            double regularPrice = median(regular.stream().mapToDouble(SalesRow::ownPrice).toArray());
            List<SalesRow> cuts = new ArrayList<>();
            int used = 0;
            for (int w = 0; w < regular.size(); w += REGULAR_WEEK_STRIDE) {
                SalesRow r = regular.get(w);
                SalesRow atList = new SalesRow(r.store(), r.brand(), r.week(), Double.NaN, r.prices(), 0, 0, r.profit())
                        .withOwnPrice(regularPrice);
                for (int i = 0; i < ResponseCurves.POINTS; i++) {
                    cuts.add(atList.withOwnPrice(regularPrice * (1 - i * ResponseCurves.DISCOUNT_STEP)));
                }
                used++;
            }
            double[] q = model.predict(cuts, stores);
            double[] units = new double[ResponseCurves.POINTS];
            for (int k = 0; k < q.length; k++) {
                units[k % ResponseCurves.POINTS] += Math.exp(q[k]);
            }
            return new StoreProbe(slopes, weeks.size(), units, used, regularPrice);
        }
    }

    private static final class Aggregate {
        double slopeSum;
        int slopeCount;
        final double[] units = new double[ResponseCurves.POINTS];
        int unitCount;
        final List<Double> regularPrices = new ArrayList<>();

        void add(StoreProbe p) {
            slopeSum += p.slopeSum();
            slopeCount += p.slopeCount();
            for (int i = 0; i < units.length; i++) {
                units[i] += p.units()[i];
            }
            unitCount += p.unitCount();
            regularPrices.add(p.regularPrice());
        }

        double[] multipliers() {
            double[] m = new double[units.length];
            double running = 0;
            for (int i = 0; i < m.length; i++) {
                // A model without a monotone constraint can wiggle; a deeper cut never sells less.
                running = Math.max(running, units[i] / units[0]);
                m[i] = running;
            }
            return m;
        }

        double typicalPrice() {
            return median(regularPrices.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
