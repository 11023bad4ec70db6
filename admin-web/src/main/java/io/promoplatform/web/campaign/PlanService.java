package io.promoplatform.web.campaign;

import io.promoplatform.planner.AllocationProblem;
import io.promoplatform.planner.AllocationResult;
import io.promoplatform.planner.BudgetPlanner;
import io.promoplatform.planner.GreedyReference;
import io.promoplatform.planner.PlanningJob;
import io.promoplatform.planner.SegmentSpec;
import io.promoplatform.engine.model.OjBrand;
import io.promoplatform.engine.model.PriceModel;
import io.promoplatform.engine.model.PriceSignals;
import io.promoplatform.engine.model.ProductEconomics;
import io.promoplatform.engine.quote.Signals;
import io.promoplatform.planner.UpliftCurve;
import io.promoplatform.web.model.ModelRuntime;
import io.promoplatform.rules.Money;
import io.promoplatform.web.catalog.CatalogService;
import io.promoplatform.web.system.DbTime;
import io.promoplatform.web.system.Ids;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.ValidationProblem;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plan jobs: OptaPlanner splits a campaign's budget across its segments on a single background thread
 * of its own, so planning never takes a thread from quoting. Progress is kept in memory while a job
 * runs; the outcome is stored, and applying it writes the allocation as the segments' budgets.
 * <p>
 * Uplift curves come from the active price model ({@link PriceModel#upliftCurve}): per segment, the
 * expected incremental margin of discount spend over the catalog's products the model covers (their
 * list price and cost from the catalog, their baseline units per store and week from the model, times
 * the segment's stores and the campaign's weeks). Without an active model, or when it covers none of
 * the products in the campaign's currency, a documented stand-in is used instead: reach × ln(1 + spend
 * / 10 steps), reach being the segment's sample customers (at least one). Each plan records which.
 */
@Service
public class PlanService {

    private static final Logger log = LoggerFactory.getLogger(PlanService.class);
    private static final int MAX_SECONDS = 60;
    private static final int MAX_STEPS = 10_000;

    private final CampaignService campaigns;
    private final CatalogService catalog;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Ids ids;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "plan-solver");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final Map<String, Running> running = new ConcurrentHashMap<>();

    private final ModelRuntime models;

    PlanService(CampaignService campaigns, CatalogService catalog, JdbcClient jdbc, JsonMapper json, Ids ids,
            Clock clock, ModelRuntime models) {
        this.models = models;
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.json = json;
        this.ids = ids;
        this.clock = clock;
    }

    public record PlanRequest(Integer secondsLimit, String step) {
    }

    public record Allocation(String segment, String amount, String expectedUplift) {
    }

    public record PlanView(String planId, String campaign, String status, String bestScore, long elapsedMs,
            List<Allocation> allocation, String expectedUplift, List<Allocation> exactOptimum, Instant appliedAt,
            String appliedBy, String curveSource, Map<String, List<List<String>>> curves) {
    }

    private record Running(String campaign, Currency currency, BigDecimal step, Instant started,
            java.util.concurrent.atomic.AtomicReference<String> score) {
    }

    public String start(String campaignId, PlanRequest request, String actor) {
        CampaignService.Budget budget = campaigns.budget(campaignId);
        Currency currency = Currency.getInstance(budget.currency());
        int seconds = request.secondsLimit() == null ? 10 : request.secondsLimit();
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw ValidationProblem.unprocessable("secondsLimit", "must be between 1 and " + MAX_SECONDS);
        }
        if (request.step() == null) {
            throw ValidationProblem.badRequest("step", "is required");
        }
        BigDecimal step;
        try {
            step = Money.parse(request.step(), currency);
        } catch (IllegalArgumentException e) {
            throw ValidationProblem.unprocessable("step", e.getMessage());
        }
        BigDecimal total = new BigDecimal(budget.budget());
        if (step.signum() <= 0 || total.remainder(step).signum() != 0 || total.divide(step).intValue() > MAX_STEPS) {
            throw ValidationProblem.unprocessable("step", "must be positive and divide the budget " + budget.budget()
                    + " into at most " + MAX_STEPS + " whole steps");
        }
        Planned planned = problem(budget, step);
        AllocationProblem problem = planned.problem();
        String planId = ids.next("P-");
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO plan_job (id, campaign_id, status, request_json, created_by, created_at)
                VALUES (:id, :campaign, 'SOLVING', :request, :by, :at)""")
                .param("id", planId).param("campaign", campaignId).param("request", json.writeValueAsString(request))
                .param("by", actor).param("at", DbTime.of(now)).update();
        Running state = new Running(campaignId, currency, step, now, new java.util.concurrent.atomic.AtomicReference<>());
        running.put(planId, state);
        PlanningJob job = new BudgetPlanner().newJob(problem, Duration.ofSeconds(seconds),
                progress -> state.score().set(progress.score()));
        executor.submit(() -> finish(planId, problem, job, state, planned.curveSource()));
        return planId;
    }

    private void finish(String planId, AllocationProblem problem, PlanningJob job, Running state, String curveSource) {
        try {
            AllocationResult result = job.run();
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("bestScore", result.score());
            outcome.put("elapsedMs", result.elapsed().toMillis());
            outcome.put("feasible", result.feasible());
            outcome.put("allocation", allocations(result, state.currency()));
            outcome.put("expectedUplift", Money.format(result.expectedUplift(), state.currency()));
            outcome.put("curveSource", curveSource);
            outcome.put("curves", curvePoints(problem, state.currency()));
            if (GreedyReference.isExact(problem)) {
                outcome.put("exactOptimum", allocations(GreedyReference.allocate(problem), state.currency()));
            }
            store(planId, result.feasible() ? "DONE" : "FAILED", json.writeValueAsString(outcome));
        } catch (RuntimeException e) {
            log.error("Plan {} failed", planId, e);
            store(planId, "FAILED", json.writeValueAsString(Map.of("error", "the solver failed; see the server log")));
        } finally {
            running.remove(planId);
        }
    }

    private void store(String planId, String status, String resultJson) {
        jdbc.sql("UPDATE plan_job SET status = :status, result_json = :result WHERE id = :id")
                .param("status", status).param("result", resultJson).param("id", planId).update();
    }

    private record StoredPlan(String campaign, String status, String resultJson, Instant appliedAt,
            String appliedBy) {
    }

    public PlanView get(String planId) {
        // typed getters, not getObject: drivers differ in the Java types they return for DATETIME and LONGTEXT
        StoredPlan row = jdbc.sql("SELECT campaign_id, status, result_json, applied_at, applied_by FROM plan_job "
                        + "WHERE id = :id").param("id", planId)
                .query((rs, n) -> new StoredPlan(rs.getString(1), rs.getString(2), rs.getString(3),
                        DbTime.toInstant(rs.getTimestamp(4)), rs.getString(5)))
                .optional().orElseThrow(() -> ProblemException.notFound("Plan " + planId));
        Running state = running.get(planId);
        // the stored outcome wins: it is written before the job leaves the running map
        if (row.resultJson() == null) {
            long elapsed = state == null ? 0 : Duration.between(state.started(), clock.instant()).toMillis();
            return new PlanView(planId, row.campaign(), row.status(), state == null ? null : state.score().get(),
                    elapsed, List.of(), null, null, null, null, null, Map.of());
        }
        var result = json.readTree(row.resultJson());
        return new PlanView(planId, row.campaign(), row.status(),
                result.path("bestScore").isMissingNode() ? null : result.path("bestScore").asString(),
                result.path("elapsedMs").asLong(), list(result.get("allocation")),
                result.path("expectedUplift").isMissingNode() ? null : result.path("expectedUplift").asString(),
                result.has("exactOptimum") ? list(result.get("exactOptimum")) : null, row.appliedAt(),
                row.appliedBy(), result.path("curveSource").isMissingNode() ? null : result.path("curveSource").asString(),
                curves(result.get("curves")));
    }

    public PlanView apply(String planId, String actor) {
        PlanView plan = get(planId);
        if (!"DONE".equals(plan.status())) {
            throw new ProblemException(HttpStatus.CONFLICT, "invalid-state",
                    "Plan " + planId + " is " + plan.status() + "; only a DONE plan can be applied.");
        }
        Map<String, BigDecimal> allocation = new LinkedHashMap<>();
        plan.allocation().forEach(a -> allocation.put(a.segment(), new BigDecimal(a.amount())));
        campaigns.applyAllocation(plan.campaign(), allocation, actor, planId);
        jdbc.sql("UPDATE plan_job SET applied_by = :by, applied_at = :at WHERE id = :id")
                .param("by", actor).param("at", DbTime.of(clock.instant())).param("id", planId).update();
        return get(planId);
    }

    /** Where a plan's uplift curves came from: {@code model <version>} or {@code stand-in}. */
    record Planned(AllocationProblem problem, String curveSource) {
    }

    private Planned problem(CampaignService.Budget budget, BigDecimal step) {
        Map<String, CampaignService.SegmentBudget> limits = new LinkedHashMap<>();
        budget.segments().forEach(s -> limits.put(s.segment(), s));
        List<String> segments = limits.isEmpty() ? catalog.segmentIds() : new ArrayList<>(limits.keySet());
        int totalSteps = new BigDecimal(budget.budget()).divide(step).intValueExact();
        PriceModel model = models.active().orElse(null);
        List<ModelProduct> covered = model == null ? List.of() : coveredProducts(model, budget.currency());
        boolean fromModel = !covered.isEmpty();
        Map<String, Long> reach = fromModel ? Map.of() : catalog.customersPerSegment();
        Map<String, Long> stores = fromModel ? storesPerSegment() : Map.of();
        long weeks = campaignWeeks(budget);
        List<SegmentSpec> specs = new ArrayList<>();
        for (String segment : segments) {
            CampaignService.SegmentBudget limit = limits.get(segment);
            int min = limit == null || limit.min() == null ? 0
                    : new BigDecimal(limit.min()).divide(step, 0, RoundingMode.CEILING).intValue();
            int max = limit == null || limit.max() == null ? totalSteps
                    : new BigDecimal(limit.max()).divide(step, 0, RoundingMode.FLOOR).intValue();
            Integer previous = limit == null || limit.allocated() == null ? null
                    : new BigDecimal(limit.allocated()).divide(step, 0, RoundingMode.FLOOR).intValue();
            UpliftCurve curve = fromModel
                    ? modelCurve(model, segment, covered, Math.max(1, stores.getOrDefault(segment, 0L)) * weeks, step, max)
                    : standInCurve(Math.max(1, reach.getOrDefault(segment, 0L)), max);
            specs.add(new SegmentSpec(segment, min, max, previous, curve));
        }
        return new Planned(new AllocationProblem(budget.campaign(), step, totalSteps, specs, List.of()),
                fromModel ? "model " + model.version() : "stand-in");
    }

    /** A catalog product the model has signals for: its brand in the model, list price and unit cost. */
    private record ModelProduct(int brand, BigDecimal listPrice, BigDecimal cost, String sku) {
    }

    private List<ModelProduct> coveredProducts(PriceModel model, String currency) {
        List<ModelProduct> out = new ArrayList<>();
        jdbc.sql("SELECT sku, list_price, cost FROM product WHERE currency = :c ORDER BY sku").param("c", currency)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)})
                .list()
                .forEach(row -> OjBrand.bySku((String) row[0]).ifPresent(b -> {
                    BigDecimal price = (BigDecimal) row[1];
                    if (price.signum() > 0 && model.signals().find(b.number(), PriceSignals.DEFAULT_SEGMENT).isPresent()) {
                        out.add(new ModelProduct(b.number(), price, (BigDecimal) row[2], (String) row[0]));
                    }
                }));
        return out;
    }

    private Map<String, Long> storesPerSegment() {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT segment_id, COUNT(*) FROM store WHERE segment_id IS NOT NULL GROUP BY segment_id")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Whole weeks the campaign runs (at least one; an open-ended campaign plans four). */
    private static long campaignWeeks(CampaignService.Budget budget) {
        if (budget.startsAt() == null || budget.endsAt() == null) {
            return 4;
        }
        long days = Duration.between(budget.startsAt(), budget.endsAt()).toDays();
        return Math.max(1, (days + 6) / 7);
    }

    /**
     * The model's curve for the segment: each product's baseline units per store and week times
     * {@code storeWeeks}; a segment the model does not know is read at the chain-wide response.
     */
    private static UpliftCurve modelCurve(PriceModel model, String segment, List<ModelProduct> products, long storeWeeks,
            BigDecimal step, int maxSteps) {
        if (maxSteps == 0) {
            return new UpliftCurve(List.of(BigDecimal.ZERO.setScale(Math.max(2, step.scale()))));
        }
        List<ProductEconomics> economics = new ArrayList<>();
        for (ModelProduct p : products) {
            Signals s = model.signals().find(p.brand(), segment).orElseThrow();
            economics.add(new ProductEconomics(p.brand(), p.listPrice(), p.cost(), s.baselineUnits() * storeWeeks));
        }
        return new UpliftCurve(model.upliftCurve(segment, economics, step, maxSteps).incrementalMargin());
    }

    /** reach × ln(1 + k / 10) at k = 0..maxSteps, in cents: concave and non-decreasing. */
    private static UpliftCurve standInCurve(long reach, int maxSteps) {
        List<BigDecimal> values = new ArrayList<>(maxSteps + 1);
        for (int k = 0; k <= maxSteps; k++) {
            values.add(BigDecimal.valueOf(reach * Math.log1p(k / 10.0)).setScale(2, RoundingMode.HALF_EVEN));
        }
        return new UpliftCurve(values);
    }

    private static Map<String, List<List<String>>> curves(tools.jackson.databind.JsonNode node) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            return out;
        }
        for (var e : node.properties()) {
            List<List<String>> points = new ArrayList<>();
            e.getValue().forEach(p -> points.add(List.of(p.get(0).asString(), p.get(1).asString())));
            out.put(e.getKey(), points);
        }
        return out;
    }

    /** Each segment's curve at no more than 101 evenly spaced step counts, for charts: [[spend, uplift], ...]. */
    private static Map<String, List<List<String>>> curvePoints(AllocationProblem problem, Currency currency) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (SegmentSpec spec : problem.segments()) {
            UpliftCurve curve = spec.curve();
            int max = curve.maxSteps();
            int stride = Math.max(1, (max + 99) / 100);
            List<List<String>> points = new ArrayList<>();
            for (int k = 0; k <= max; k += stride) {
                points.add(List.of(Money.format(problem.step().multiply(BigDecimal.valueOf(k)), currency),
                        Money.format(curve.marginAt(k), currency)));
            }
            if (max % stride != 0) {
                points.add(List.of(Money.format(problem.step().multiply(BigDecimal.valueOf(max)), currency),
                        Money.format(curve.marginAt(max), currency)));
            }
            out.put(spec.segment(), points);
        }
        return out;
    }

    private static List<Map<String, Object>> allocations(AllocationResult result, Currency currency) {
        return result.segments().stream().map(s -> Map.<String, Object>of("segment", s.segment(),
                "amount", Money.format(s.amount(), currency),
                "expectedUplift", Money.format(s.expectedUplift(), currency))).toList();
    }

    private static List<Allocation> list(tools.jackson.databind.JsonNode node) {
        List<Allocation> out = new ArrayList<>();
        if (node != null) {
            node.forEach(a -> out.add(new Allocation(a.get("segment").asString(), a.get("amount").asString(),
                    a.get("expectedUplift").asString())));
        }
        return out;
    }

    // Read models for the admin pages. They read what start() stored and reuse problem() for the curves,
    // so they follow whatever curves the planner is given.

    /** A plan job as listed beside its campaign: what was asked, by whom, and whether it was applied. */
    public record PlanSummary(String planId, String campaign, String status, int secondsLimit, String step,
            String createdBy, Instant createdAt, String appliedBy, Instant appliedAt) {
    }

    /** One point of a segment's uplift curve: spending {@code spend} is expected to earn {@code uplift}. */
    public record CurvePoint(BigDecimal spend, BigDecimal uplift) {
    }

    public record SegmentCurve(String segment, List<CurvePoint> points) {
    }

    /** The campaign's plan jobs, newest first. */
    public List<PlanSummary> forCampaign(String campaignId) {
        return jdbc.sql("SELECT id, campaign_id, status, request_json, created_by, created_at, applied_by, applied_at "
                        + "FROM plan_job WHERE campaign_id = :campaign ORDER BY created_at DESC, id DESC")
                .param("campaign", campaignId).query(this::summaryRow).list();
    }

    public PlanSummary summary(String planId) {
        return jdbc.sql("SELECT id, campaign_id, status, request_json, created_by, created_at, applied_by, applied_at "
                        + "FROM plan_job WHERE id = :id")
                .param("id", planId).query(this::summaryRow).optional()
                .orElseThrow(() -> ProblemException.notFound("Plan " + planId));
    }

    /**
     * Each segment's uplift curve as the plan was solved with it (stored with its outcome); while it is
     * still solving, as the planner builds it for the campaign now, which is empty when the campaign has
     * changed so much that its budget no longer fits the plan's step.
     */
    public List<SegmentCurve> curves(String planId) {
        PlanView view = get(planId);
        if (!view.curves().isEmpty()) {
            List<SegmentCurve> stored = new ArrayList<>();
            view.curves().forEach((segment, points) -> stored.add(new SegmentCurve(segment, points.stream()
                    .map(p -> new CurvePoint(new BigDecimal(p.get(0)), new BigDecimal(p.get(1)))).toList())));
            return stored;
        }
        PlanSummary plan = summary(planId);
        CampaignService.Budget budget = campaigns.budget(plan.campaign());
        try {
            BigDecimal step = Money.parse(plan.step(), Currency.getInstance(budget.currency()));
            AllocationProblem problem = problem(budget, step).problem();
            List<SegmentCurve> curves = new ArrayList<>();
            for (SegmentSpec spec : problem.segments()) {
                List<CurvePoint> points = new ArrayList<>();
                for (int k = 0; k <= spec.maxSteps(); k++) {
                    points.add(new CurvePoint(step.multiply(BigDecimal.valueOf(k)), spec.curve().marginAt(k)));
                }
                curves.add(new SegmentCurve(spec.segment(), points));
            }
            return curves;
        } catch (ArithmeticException | IllegalArgumentException e) {
            return List.of();
        }
    }

    private PlanSummary summaryRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var request = json.readTree(rs.getString("request_json"));
        return new PlanSummary(rs.getString("id"), rs.getString("campaign_id"), rs.getString("status"),
                request.path("secondsLimit").isNumber() ? request.path("secondsLimit").asInt() : 10,
                request.path("step").isString() ? request.path("step").asString() : null,
                rs.getString("created_by"), DbTime.toInstant(rs.getTimestamp("created_at")),
                rs.getString("applied_by"), DbTime.toInstant(rs.getTimestamp("applied_at")));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
