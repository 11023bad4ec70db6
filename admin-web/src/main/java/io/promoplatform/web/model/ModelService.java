package io.promoplatform.web.model;

import io.promoplatform.engine.model.Comparison;
import io.promoplatform.engine.model.EvaluationResult;
import io.promoplatform.engine.model.ModelMetrics;
import io.promoplatform.engine.model.OjBrand;
import io.promoplatform.engine.model.PriceModel;
import io.promoplatform.engine.model.PriceModelProvenance;
import io.promoplatform.engine.quote.Signals;
import io.promoplatform.web.audit.AuditLog;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.ValidationProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model registry: registers trained artifacts (checked by reading them back), lists them with
 * their provenance and metrics, and activates one, audited. Every instance follows the active row
 * ({@link #follow()}), so an activation anywhere is live everywhere within seconds.
 */
@Service
public class ModelService {

    private static final Logger log = LoggerFactory.getLogger(ModelService.class);
    /** Bound on models kept decoded for the admin pages besides the active one. */
    private static final int DECODED_CACHE = 4;

    private final ModelRegistry registry;
    private final ModelRuntime runtime;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Map<String, PriceModel> decoded = new ConcurrentHashMap<>();

    ModelService(ModelRegistry registry, ModelRuntime runtime, AuditLog audit, JsonMapper json) {
        this.registry = registry;
        this.runtime = runtime;
        this.audit = audit;
        this.json = json;
    }

    public record Accuracy(long rows, double rmse, double mae, double r2) {
        static Accuracy of(EvaluationResult r) {
            return new Accuracy(r.rows(), r.rmse(), r.mae(), r.r2());
        }
    }

    public record Split(Accuracy model, Accuracy logLog, Accuracy brandMean) {
        static Split of(Comparison c) {
            return new Split(Accuracy.of(c.model()), Accuracy.of(c.logLog()), Accuracy.of(c.brandMean()));
        }
    }

    public record Metrics(int folds, int holdoutWeeks, Split leaveStoresOut, Split lastWeeks, double smearing) {
    }

    public record ModelView(String version, boolean active, Instant registeredAt, Instant trainedAt, String learner,
                            String trainer, Map<String, String> parameters, int trainingRows, int trainingStores,
                            int firstWeek, int lastWeek, String salesSha256, String storesSha256,
                            String segmentsSha256, Metrics metrics, long artifactBytes) {
    }

    public record SignalRow(String sku, String product, int brand, String segment, double elasticity,
                            double baselineUnits) {
    }

    public record ModelDetail(ModelView model, List<SignalRow> signals, List<ModelMetrics.SamplePoint> outOfFold) {
    }

    public List<ModelView> list() {
        return registry.all().stream().map(this::view).toList();
    }

    public ModelDetail detail(String version) {
        ModelRegistry.Entry entry = registry.find(version).orElseThrow(() -> ProblemException.notFound("Model " + version));
        PriceModel model = decode(version);
        List<SignalRow> rows = new ArrayList<>();
        model.signals().table().forEach((brand, bySegment) -> bySegment.forEach((segment, s) -> {
            OjBrand b = OjBrand.of(brand);
            rows.add(new SignalRow(b.sku(), b.label(), brand, segment, s.elasticity(), s.baselineUnits()));
        }));
        return new ModelDetail(view(entry), rows, model.provenance().metrics().outOfFold());
    }

    /** Reads the artifact back (a corrupt or foreign file is a 422) and stores it, inactive. */
    @Transactional
    public ModelView register(byte[] artifact, String actor) {
        PriceModel model;
        try {
            model = PriceModel.read(new ByteArrayInputStream(artifact));
        } catch (IOException | RuntimeException e) {
            throw ValidationProblem.unprocessable("artifact", "is not a price-model artifact this build can read: "
                    + safe(e.getMessage()));
        }
        String version = model.version();
        if (registry.find(version).isPresent()) {
            throw new ProblemException(HttpStatus.CONFLICT, "model-exists", "Model " + version + " is already registered.");
        }
        PriceModelProvenance p = model.provenance();
        registry.insert(version, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), p.salesSha256(),
                json.writeValueAsString(params(p)), json.writeValueAsString(metrics(p.metrics())), artifact);
        ModelView view = view(registry.find(version).orElseThrow());
        audit.record(actor, "model.registered", "model", version, null, view);
        decoded.put(version, model);
        return view;
    }

    /** Makes {@code version} the model every quote uses, here at once and on other instances within seconds. */
    @Transactional
    public ModelView activate(String version, String actor) {
        registry.lockAll();
        ModelRegistry.Entry entry = registry.find(version).orElseThrow(() -> ProblemException.notFound("Model " + version));
        Optional<String> before = registry.activeVersion();
        PriceModel model = decode(version);
        registry.activate(version);
        audit.record(actor, "model.activated", "model", version,
                before.map(v -> Map.of("activeModel", v)).orElse(null), Map.of("activeModel", version));
        runtime.swap(model);
        log.info("Price model {} activated by {}", version, actor);
        return view(new ModelRegistry.Entry(entry.version(), entry.createdAt(), entry.dataFingerprint(),
                entry.paramsJson(), entry.metricsJson(), true, entry.artifactBytes()));
    }

    /** Loads the active model if it is not the one this instance prices with. */
    public void follow() {
        Optional<String> active = registry.activeVersion();
        String current = runtime.active().map(PriceModel::version).orElse(null);
        if (active.isEmpty()) {
            if (current != null) {
                runtime.swap(null);
            }
            return;
        }
        if (!active.get().equals(current)) {
            PriceModel model = decode(active.get());
            runtime.swap(model);
            log.info("Pricing with model {} (was {})", model.version(), current);
        }
    }

    public Optional<String> activeVersion() {
        return runtime.active().map(PriceModel::version);
    }

    /** Registers and activates the artifact when the registry is empty; true when it did. */
    @Transactional
    public boolean bootstrap(byte[] artifact, String actor) {
        registry.lockAll();
        if (registry.count() > 0) {
            return false;
        }
        ModelView registered = register(artifact, actor);
        activate(registered.version(), actor);
        return true;
    }

    PriceModel decode(String version) {
        PriceModel current = runtime.active().orElse(null);
        if (current != null && current.version().equals(version)) {
            return current;
        }
        PriceModel cached = decoded.get(version);
        if (cached != null) {
            return cached;
        }
        byte[] bytes = registry.artifact(version).orElseThrow(() -> ProblemException.notFound("Model " + version));
        PriceModel model;
        try {
            model = PriceModel.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new ProblemException(HttpStatus.CONFLICT, "model-unreadable", "Model " + version
                    + " is stored in a format this build cannot read; register a retrained artifact.");
        }
        if (decoded.size() >= DECODED_CACHE) {
            decoded.clear();
        }
        decoded.put(version, model);
        return model;
    }

    private ModelView view(ModelRegistry.Entry e) {
        Map<String, Object> params = readMap(e.paramsJson());
        Map<String, Object> m = readMap(e.metricsJson());
        @SuppressWarnings("unchecked")
        Map<String, String> parameters = (Map<String, String>) params.getOrDefault("parameters", Map.of());
        return new ModelView(e.version(), e.active(), e.createdAt(),
                params.get("trainedAt") == null ? null : Instant.parse((String) params.get("trainedAt")),
                (String) params.get("learner"), (String) params.get("trainer"), parameters,
                ((Number) params.getOrDefault("trainingRows", 0)).intValue(),
                ((Number) params.getOrDefault("trainingStores", 0)).intValue(),
                ((Number) params.getOrDefault("firstWeek", 0)).intValue(),
                ((Number) params.getOrDefault("lastWeek", 0)).intValue(),
                e.dataFingerprint(), (String) params.get("storesSha256"), (String) params.get("segmentsSha256"),
                json.convertValue(m, Metrics.class), e.artifactBytes());
    }

    private Map<String, Object> readMap(String text) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = json.readValue(text, Map.class);
        return map;
    }

    private static Map<String, Object> params(PriceModelProvenance p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("learner", p.learner().id());
        out.put("trainer", p.trainer());
        out.put("parameters", p.parameters());
        out.put("trainedAt", p.trainedAt().toString());
        out.put("trainingRows", p.trainingRows());
        out.put("trainingStores", p.trainingStores());
        out.put("firstWeek", p.firstWeek());
        out.put("lastWeek", p.lastWeek());
        out.put("storesSha256", p.storesSha256());
        out.put("segmentsSha256", p.segmentsSha256());
        out.put("features", p.featureNames());
        out.put("trainingSeconds", p.trainingSeconds());
        return out;
    }

    private static Metrics metrics(ModelMetrics m) {
        return new Metrics(m.folds(), m.holdoutWeeks(), Split.of(m.leaveStoresOut()), Split.of(m.lastWeeks()), m.smearing());
    }

    /** An artifact's read error names offsets and formats, never classes or paths of this server. */
    private static String safe(String message) {
        if (message == null) {
            return "unreadable";
        }
        String m = message.replaceAll("[\\r\\n]", " ");
        return m.length() > 200 ? m.substring(0, 200) : m;
    }
}
