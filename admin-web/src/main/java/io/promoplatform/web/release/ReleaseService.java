package io.promoplatform.web.release;

import io.promoplatform.engine.drools.CompiledRules;
import io.promoplatform.engine.drools.DroolsEvaluator;
import io.promoplatform.engine.drools.ReleaseCompiler;
import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.QuoteEngine;
import io.promoplatform.engine.release.Release;
import io.promoplatform.engine.release.ReleaseRuntime;
import io.promoplatform.engine.release.ReleasedRule;
import io.promoplatform.engine.release.RuleSource;
import io.promoplatform.web.audit.AuditLog;
import io.promoplatform.web.rule.RuleIds;
import io.promoplatform.web.rule.RuleService;
import io.promoplatform.web.system.PageResponse;
import io.promoplatform.web.system.Paging;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.PromoProperties;
import io.promoplatform.web.system.ValidationProblem;
import io.promoplatform.web.system.ValidationProblem.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds, activates and reads releases. A release is compiled, smoke-tested and warmed before its
 * number is taken, all outside the quote path; then one short transaction records and activates it,
 * and the new KieBase is swapped in. A failed build changes nothing: quotes keep the active release.
 */
@Service
public class ReleaseService {

    private static final Logger log = LoggerFactory.getLogger(ReleaseService.class);
    private static final int WARM_UP_ROUNDS = 20;

    private final ReleaseRepository releases;
    private final RuleService rules;
    private final ReleaseRuntime runtime;
    private final SmokeCarts smoke;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Currency currency;
    private final ReleaseCompiler compiler = new ReleaseCompiler();
    private final DroolsEvaluator smokeEvaluator = new DroolsEvaluator(QuoteEngine.MAX_FIRINGS_PER_LINE);
    private final Map<Long, Release> compiledCache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Release> eldest) {
            return size() > 6;
        }
    };
    private long activeSequence = -1;

    ReleaseService(ReleaseRepository releases, RuleService rules, ReleaseRuntime runtime, SmokeCarts smoke,
            AuditLog audit, TransactionTemplate tx, Clock clock, PromoProperties properties) {
        this.releases = releases;
        this.rules = rules;
        this.runtime = runtime;
        this.smoke = smoke;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.currency = Currency.getInstance(properties.currency());
    }

    public record Created(long release, List<ReleasedRule> rules, long compiledInMs) {
    }

    public record ReleaseView(long release, String comment, String createdBy, Instant createdAt, long compiledInMs,
            boolean active, List<ReleasedRule> rules) {
    }

    public record ReleaseDiff(long from, long to, List<ReleasedRule> added, List<ReleasedRule> removed,
            List<Changed> changed) {
    }

    public record Changed(String ruleId, String name, int fromRevision, int toRevision) {
    }

    /** Compiles the approved current revisions of {@code ruleIds} (all approved rules when null) and activates them. */
    public Created create(String comment, List<String> ruleIds, String actor) {
        if (comment != null && comment.length() > 2000) {
            throw ValidationProblem.unprocessable("comment", "must have at most 2000 characters");
        }
        RuleService.Selection selection = rules.releasable(ruleIds);
        if (!selection.problems().isEmpty()) {
            throw ValidationProblem.unprocessable(selection.problems());
        }
        long started = System.nanoTime();
        CompiledRules compiled = compileAndProve(selection.sources());
        long compiledInMs = (System.nanoTime() - started) / 1_000_000;
        List<ReleasedRule> members = members(selection.sources());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long[] numberAndSeq = tx.execute(status -> {
            ReleaseRepository.Active active = releases.lockActive();
            long number = releases.nextNumber();
            releases.insert(number, comment == null ? "" : comment, actor, now, compiledInMs,
                    selection.sources().stream().map(s -> new long[] {RuleIds.parse(s.ruleId()), s.revision()}).toList());
            releases.activate(number, active.sequence() + 1, actor, now);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("release", number);
            after.put("comment", comment == null ? "" : comment);
            after.put("rules", members);
            audit.record(actor, "release.create", "release", Long.toString(number), null, after);
            audit.record(actor, "release.activate", "release", Long.toString(number),
                    Map.of("active", active.release()), Map.of("active", number));
            return new long[] {number, active.sequence() + 1};
        });
        Release release = new Release(numberAndSeq[0], members, compiled);
        swapIn(release, numberAndSeq[1]);
        log.info("Release {} is live: {} rules, compiled and proven in {} ms", release.number(), members.size(),
                compiledInMs);
        return new Created(release.number(), members, compiledInMs);
    }

    /** Rolls back or forward to an existing release. */
    public ReleaseView activate(long number, String actor) {
        ReleaseRepository.Header header = releases.header(number)
                .orElseThrow(() -> ProblemException.notFound("Release " + number));
        Release release = load(number);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long sequence = tx.execute(status -> {
            ReleaseRepository.Active active = releases.lockActive();
            releases.activate(number, active.sequence() + 1, actor, now);
            audit.record(actor, "release.activate", "release", Long.toString(number),
                    Map.of("active", active.release()), Map.of("active", number));
            return active.sequence() + 1;
        });
        swapIn(release, sequence);
        return view(header);
    }

    /**
     * Brings this instance to the release the database says is active (start-up, and the watcher that
     * follows activations made by other instances).
     */
    public void follow() {
        ReleaseRepository.Active active = releases.active();
        synchronized (this) {
            if (active.sequence() <= activeSequence) {
                return;
            }
        }
        Release release = load(active.release());
        swapIn(release, active.sequence());
        log.info("Following release {} (activation {}) activated by {}", release.number(), active.sequence(),
                active.activatedBy());
    }

    private synchronized void swapIn(Release release, long sequence) {
        if (sequence <= activeSequence) {
            return;
        }
        activeSequence = sequence;
        compiledCache.put(release.number(), release);
        runtime.swap(release);
    }

    private Release load(long number) {
        synchronized (this) {
            Release cached = compiledCache.get(number);
            if (cached != null) {
                return cached;
            }
        }
        if (number == 0) {
            return Release.empty();
        }
        List<long[]> members = releases.members(number).stream()
                .map(m -> new long[] {m.ruleId(), m.revision()}).toList();
        List<RuleSource> sources = rules.sources(members);
        return new Release(number, members(sources), compileAndProve(sources));
    }

    private CompiledRules compileAndProve(List<RuleSource> sources) {
        if (sources.isEmpty()) {
            return null;
        }
        ReleaseCompiler.Result result = compiler.compile(sources, currency);
        if (!result.ok()) {
            throw ValidationProblem.unprocessable(result.errors().stream().map(m -> new FieldProblem("rules", m))
                    .toList());
        }
        List<PricingInput> carts = smoke.carts(result.compiled().couponCodes());
        List<FieldProblem> problems = new ArrayList<>();
        for (int round = 0; round < WARM_UP_ROUNDS && problems.isEmpty(); round++) {
            for (PricingInput cart : carts) {
                try {
                    DroolsEvaluator.Firing firing = smokeEvaluator.fire(result.compiled(), cart);
                    if (firing.aborted()) {
                        problems.add(new FieldProblem("rules", "the rules fired more than the bound of "
                                + QuoteEngine.MAX_FIRINGS_PER_LINE + " per line on the smoke cart of segment "
                                + cart.segment() + ": a rule set that loops or explodes cannot go live"));
                        break;
                    }
                } catch (RuntimeException e) {
                    problems.add(new FieldProblem("rules", "the rules failed on the smoke cart of segment "
                            + cart.segment() + ": " + rootMessage(e)));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ValidationProblem.unprocessable(problems);
        }
        return result.compiled();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }

    private static List<ReleasedRule> members(List<RuleSource> sources) {
        return sources.stream().map(s -> new ReleasedRule(s.ruleId(), s.revision(), s.name(), s.kind().name()))
                .toList();
    }

    // Simulation --------------------------------------------------------------------------------------

    /** Release number of a rule set that is simulated but not released. */
    public static final long CANDIDATE = -1;

    /**
     * The rule set a simulation prices with: an existing release; the approved current revisions of
     * {@code ruleIds}; the active release with the current revisions of {@code draftRuleIds} added or
     * put in place of theirs; or, with none of these, the active release. Compiled and proven like a
     * release, never activated, never audited.
     */
    public Release candidate(Long release, List<String> ruleIds, List<String> draftRuleIds) {
        int given = (release != null ? 1 : 0) + (ruleIds != null ? 1 : 0) + (draftRuleIds != null ? 1 : 0);
        if (given > 1) {
            throw ValidationProblem.unprocessable("release", "give at most one of release, ruleIds, draftRuleIds");
        }
        if (release != null) {
            releases.header(release).orElseThrow(() -> ProblemException.notFound("Release " + release));
            return load(release);
        }
        if (ruleIds == null && draftRuleIds == null) {
            return runtime.active();
        }
        List<RuleSource> sources = new ArrayList<>();
        if (ruleIds != null) {
            RuleService.Selection selection = rules.releasable(ruleIds);
            if (!selection.problems().isEmpty()) {
                throw ValidationProblem.unprocessable(selection.problems());
            }
            sources.addAll(selection.sources());
        } else {
            RuleService.Selection drafts = rules.drafts(draftRuleIds);
            if (!drafts.problems().isEmpty()) {
                throw ValidationProblem.unprocessable(drafts.problems());
            }
            java.util.Set<String> replaced = new java.util.HashSet<>();
            drafts.sources().forEach(d -> replaced.add(d.ruleId()));
            Release active = runtime.active();
            List<long[]> kept = active.rules().stream().filter(r -> !replaced.contains(r.ruleId()))
                    .map(r -> new long[] {RuleIds.parse(r.ruleId()), r.revision()}).toList();
            sources.addAll(rules.sources(kept));
            sources.addAll(drafts.sources());
        }
        return new Release(CANDIDATE, members(sources), compileAndProve(sources));
    }

    // Reads -------------------------------------------------------------------------------------------

    public PageResponse<ReleaseView> list(int page, int size) {
        Paging.check(page, size);
        return new PageResponse<>(releases.headers(page, size).stream().map(this::view).toList(), page, size,
                releases.count());
    }

    public ReleaseView get(long number) {
        return view(releases.header(number).orElseThrow(() -> ProblemException.notFound("Release " + number)));
    }

    public ReleaseDiff diff(long from, long to) {
        Map<String, ReleasedRule> a = byId(get(from).rules());
        Map<String, ReleasedRule> b = byId(get(to).rules());
        List<ReleasedRule> added = b.values().stream().filter(r -> !a.containsKey(r.ruleId())).toList();
        List<ReleasedRule> removed = a.values().stream().filter(r -> !b.containsKey(r.ruleId())).toList();
        List<Changed> changed = b.values().stream()
                .filter(r -> a.containsKey(r.ruleId()) && a.get(r.ruleId()).revision() != r.revision())
                .map(r -> new Changed(r.ruleId(), r.name(), a.get(r.ruleId()).revision(), r.revision())).toList();
        return new ReleaseDiff(from, to, added, removed, changed);
    }

    public long activeNumber() {
        return runtime.active().number();
    }

    /** Which release the database says is active, who activated it and when. */
    public record Activation(long release, String activatedBy, Instant activatedAt) {
    }

    public Activation activation() {
        ReleaseRepository.Active active = releases.active();
        return new Activation(active.release(), active.activatedBy(), active.activatedAt());
    }

    /**
     * A candidate built from the approved current revisions of {@code ruleIds}, or of every approved
     * rule when null: exactly what {@link #create} would release, compiled and proven, not activated.
     */
    public Release approvedCandidate(List<String> ruleIds) {
        if (ruleIds != null && ruleIds.isEmpty()) {
            ruleIds = null;
        }
        RuleService.Selection selection = rules.releasable(ruleIds);
        if (!selection.problems().isEmpty()) {
            throw ValidationProblem.unprocessable(selection.problems());
        }
        return new Release(CANDIDATE, members(selection.sources()), compileAndProve(selection.sources()));
    }

    /** What changes from release {@code from} to the rule revisions {@code to} (a release or a candidate). */
    public ReleaseDiff compare(long from, long toNumber, List<ReleasedRule> to) {
        Map<String, ReleasedRule> a = byId(get(from).rules());
        Map<String, ReleasedRule> b = byId(to);
        List<ReleasedRule> added = b.values().stream().filter(r -> !a.containsKey(r.ruleId())).toList();
        List<ReleasedRule> removed = a.values().stream().filter(r -> !b.containsKey(r.ruleId())).toList();
        List<Changed> changed = b.values().stream()
                .filter(r -> a.containsKey(r.ruleId()) && a.get(r.ruleId()).revision() != r.revision())
                .map(r -> new Changed(r.ruleId(), r.name(), a.get(r.ruleId()).revision(), r.revision())).toList();
        return new ReleaseDiff(from, toNumber, added, removed, changed);
    }

    private ReleaseView view(ReleaseRepository.Header h) {
        List<ReleasedRule> members = releases.members(h.release()).stream()
                .map(m -> new ReleasedRule(RuleIds.format(m.ruleId()), m.revision(), m.name(), null)).toList();
        return new ReleaseView(h.release(), h.comment(), h.createdBy(), h.createdAt(), h.compiledInMs(),
                releases.active().release() == h.release(), members);
    }

    private static Map<String, ReleasedRule> byId(List<ReleasedRule> rules) {
        Map<String, ReleasedRule> map = new LinkedHashMap<>();
        rules.forEach(r -> map.put(r.ruleId(), r));
        return map;
    }
}
