package io.promoplatform.engine.model;

import io.promoplatform.engine.quote.Signals;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The single-file form of a {@link PriceModel}: the 8 ASCII bytes {@code PROMOOJM}, a big-endian int
 * format version ({@link #FORMAT_VERSION}), then a gzip stream of {@link DataOutputStream} fields in a
 * fixed order: provenance, store segments, signals, typical prices, response curves, the predictor
 * (learner id, then the length and bytes of its fitted state; a Tribuo model as its protobuf bytes)
 * and an end marker. Format 2 added the out-of-fold prediction sample to the metrics.
 * No Java serialization is involved. A reader rejects any other format version instead of guessing.
 */
final class ModelArtifact {

    public static final int FORMAT_VERSION = 2;

    private static final byte[] MAGIC = "PROMOOJM".getBytes(StandardCharsets.US_ASCII);
    private static final int END = 0x454E4421;
    /** Bound on any count read back, so a corrupt file fails fast instead of allocating without limit. */
    private static final int MAX_COUNT = 1_000_000;
    private static final int MAX_PREDICTOR_BYTES = 256 << 20;

    private ModelArtifact() {
    }

    static void write(PriceModel model, OutputStream target) throws IOException {
        target.write(MAGIC);
        DataOutputStream header = new DataOutputStream(target);
        header.writeInt(FORMAT_VERSION);
        header.flush();
        GZIPOutputStream gzip = new GZIPOutputStream(new NonClosing(target), 1 << 16);
        DataOutputStream out = new DataOutputStream(gzip);
        writeProvenance(out, model.provenance());
        Map<Integer, String> segments = new TreeMap<>(model.storeSegments());
        out.writeInt(segments.size());
        for (var e : segments.entrySet()) {
            out.writeInt(e.getKey());
            out.writeUTF(e.getValue());
        }
        Map<Integer, Map<String, Signals>> signals = model.signals().table();
        out.writeInt(signals.values().stream().mapToInt(Map::size).sum());
        for (var b : signals.entrySet()) {
            for (var s : b.getValue().entrySet()) {
                out.writeInt(b.getKey());
                out.writeUTF(s.getKey());
                out.writeDouble(s.getValue().elasticity());
                out.writeDouble(s.getValue().baselineUnits());
            }
        }
        Map<Integer, Map<String, Double>> typical = model.typicalPrices();
        out.writeInt(typical.values().stream().mapToInt(Map::size).sum());
        for (var b : typical.entrySet()) {
            for (var s : b.getValue().entrySet()) {
                out.writeInt(b.getKey());
                out.writeUTF(s.getKey());
                out.writeDouble(s.getValue());
            }
        }
        Map<ResponseCurves.Key, double[]> curves = new TreeMap<>(
                Comparator.comparingInt(ResponseCurves.Key::brand).thenComparing(ResponseCurves.Key::segment));
        curves.putAll(model.responseCurves().raw());
        out.writeInt(ResponseCurves.POINTS);
        out.writeInt(curves.size());
        for (var e : curves.entrySet()) {
            out.writeInt(e.getKey().brand());
            out.writeUTF(e.getKey().segment());
            for (double v : e.getValue()) {
                out.writeDouble(v);
            }
        }
        out.writeUTF(model.learner().id());
        byte[] payload = model.predictor().payload();
        out.writeInt(payload.length);
        out.write(payload);
        out.writeInt(END);
        out.flush();
        gzip.finish();
        target.flush();
    }

    static PriceModel read(InputStream source) throws IOException {
        InputStream buffered = source.markSupported() ? source : new BufferedInputStream(source);
        byte[] magic = buffered.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a price-model artifact (it does not start with PROMOOJM)");
        }
        int version = new DataInputStream(buffered).readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("price-model artifact format " + version + " is not supported; this build reads format "
                    + FORMAT_VERSION);
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16)));
        PriceModelProvenance provenance = readProvenance(in);
        Map<Integer, String> segments = new HashMap<>();
        for (int i = count(in); i > 0; i--) {
            segments.put(in.readInt(), in.readUTF());
        }
        Map<Integer, Map<String, Signals>> signals = new TreeMap<>();
        for (int i = count(in); i > 0; i--) {
            int brand = brand(in);
            signals.computeIfAbsent(brand, b -> new TreeMap<>()).put(in.readUTF(), new Signals(in.readDouble(), in.readDouble()));
        }
        Map<Integer, Map<String, Double>> typical = new TreeMap<>();
        for (int i = count(in); i > 0; i--) {
            int brand = brand(in);
            typical.computeIfAbsent(brand, b -> new TreeMap<>()).put(in.readUTF(), in.readDouble());
        }
        int points = in.readInt();
        if (points != ResponseCurves.POINTS) {
            throw new IOException("response curves have " + points + " points, this build expects " + ResponseCurves.POINTS);
        }
        Map<ResponseCurves.Key, double[]> curves = new HashMap<>();
        for (int i = count(in); i > 0; i--) {
            ResponseCurves.Key key = new ResponseCurves.Key(brand(in), in.readUTF());
            double[] v = new double[points];
            for (int j = 0; j < points; j++) {
                v[j] = in.readDouble();
            }
            curves.put(key, v);
        }
        Learner learner = learner(in.readUTF());
        if (learner != provenance.learner()) {
            throw new IOException("artifact provenance names " + provenance.learner().id() + " but holds a " + learner.id() + " model");
        }
        if (learner.features() != null && !learner.features().allNames().equals(provenance.featureNames())) {
            throw new IOException("artifact " + provenance.version()
                    + " was trained on other features than this build computes; retrain it with this build");
        }
        int length = in.readInt();
        if (length < 0 || length > MAX_PREDICTOR_BYTES) {
            throw new IOException("artifact is corrupt (model of " + length + " bytes)");
        }
        byte[] payload = in.readNBytes(length);
        if (payload.length != length || in.readInt() != END) {
            throw new IOException("artifact is truncated or corrupt (no end marker)");
        }
        return new PriceModel(provenance, PredictorHandle.decode(learner, payload), PriceSignals.of(signals),
                new ResponseCurves(curves), typical, segments);
    }

    private static void writeProvenance(DataOutputStream out, PriceModelProvenance p) throws IOException {
        out.writeUTF(p.version());
        out.writeUTF(p.trainedAt().toString());
        out.writeUTF(p.trainer());
        out.writeUTF(p.learner().id());
        Map<String, String> params = new TreeMap<>(p.parameters());
        out.writeInt(params.size());
        for (var e : params.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeUTF(p.salesSha256());
        out.writeUTF(p.storesSha256());
        out.writeUTF(p.segmentsSha256());
        out.writeInt(p.trainingRows());
        out.writeInt(p.trainingStores());
        out.writeInt(p.firstWeek());
        out.writeInt(p.lastWeek());
        out.writeInt(p.featureNames().size());
        for (String f : p.featureNames()) {
            out.writeUTF(f);
        }
        ModelMetrics m = p.metrics();
        out.writeInt(m.folds());
        out.writeInt(m.holdoutWeeks());
        writeComparison(out, m.leaveStoresOut());
        writeComparison(out, m.lastWeeks());
        out.writeDouble(m.smearing());
        out.writeInt(m.outOfFold().size());
        for (ModelMetrics.SamplePoint s : m.outOfFold()) {
            out.writeInt(s.brand());
            out.writeInt(s.store());
            out.writeDouble(s.actual());
            out.writeDouble(s.predicted());
        }
        out.writeDouble(p.trainingSeconds());
    }

    private static PriceModelProvenance readProvenance(DataInputStream in) throws IOException {
        String version = in.readUTF();
        Instant trainedAt;
        try {
            trainedAt = Instant.parse(in.readUTF());
        } catch (DateTimeParseException e) {
            throw new IOException("artifact has an unreadable training time", e);
        }
        String trainer = in.readUTF();
        Learner learner = learner(in.readUTF());
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            params.put(in.readUTF(), in.readUTF());
        }
        String sales = in.readUTF();
        String stores = in.readUTF();
        String segments = in.readUTF();
        int rows = in.readInt();
        int storeCount = in.readInt();
        int firstWeek = in.readInt();
        int lastWeek = in.readInt();
        List<String> features = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            features.add(in.readUTF());
        }
        int folds = in.readInt();
        int holdoutWeeks = in.readInt();
        Comparison lso = readComparison(in);
        Comparison last = readComparison(in);
        double smearing = in.readDouble();
        List<ModelMetrics.SamplePoint> sample = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            sample.add(new ModelMetrics.SamplePoint(brand(in), in.readInt(), in.readDouble(), in.readDouble()));
        }
        double seconds = in.readDouble();
        return new PriceModelProvenance(version, trainedAt, trainer, learner, params, sales, stores, segments, rows,
                storeCount, firstWeek, lastWeek, features, new ModelMetrics(folds, holdoutWeeks, lso, last, smearing, sample), seconds);
    }

    private static void writeComparison(DataOutputStream out, Comparison c) throws IOException {
        for (EvaluationResult r : List.of(c.model(), c.brandMean(), c.logLog())) {
            out.writeLong(r.rows());
            out.writeDouble(r.rmse());
            out.writeDouble(r.mae());
            out.writeDouble(r.r2());
        }
    }

    private static Comparison readComparison(DataInputStream in) throws IOException {
        EvaluationResult[] r = new EvaluationResult[3];
        for (int i = 0; i < 3; i++) {
            r[i] = new EvaluationResult(in.readLong(), in.readDouble(), in.readDouble(), in.readDouble());
        }
        return new Comparison(r[0], r[1], r[2]);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("artifact is corrupt (implausible count " + n + ")");
        }
        return n;
    }

    private static int brand(DataInputStream in) throws IOException {
        int b = in.readInt();
        if (b < 1 || b > OjBrand.COUNT) {
            throw new IOException("artifact is corrupt (brand " + b + ")");
        }
        return b;
    }

    private static Learner learner(String id) throws IOException {
        try {
            return Learner.byId(id);
        } catch (IllegalArgumentException e) {
            throw new IOException("artifact names a learner this build does not know: " + id, e);
        }
    }

    static Map<Integer, Map<String, Double>> deepCopy(Map<Integer, Map<String, Double>> m) {
        Map<Integer, Map<String, Double>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, new TreeMap<>(v)));
        return out;
    }

    /** gzip's finish() must not close the caller's stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
