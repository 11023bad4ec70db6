package io.promoplatform.web.rule;

import io.promoplatform.web.system.JsonDiff;
import io.promoplatform.web.audit.AuditLog;
import io.promoplatform.web.system.PageResponse;
import io.promoplatform.web.system.Paging;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.ValidationProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authoring workflow: create and revise (DRAFT), submit (PENDING_APPROVAL), approve or reject by
 * someone else (four-eyes), retire. Every change is audited with the rule before and after; the rule
 * row is locked for each change so concurrent decisions on one rule cannot interleave.
 */
@Service
public class RuleService {

    private final RuleRepository rules;
    private final RuleBodies bodies;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    RuleService(RuleRepository rules, RuleBodies bodies, AuditLog audit, JsonMapper json, Clock clock) {
        this.rules = rules;
        this.bodies = bodies;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public record RuleStatus(String id, int revision, RuleState state) {
    }

    public record RuleView(String id, String name, String kind, RuleFormat format, RuleState state,
            int currentRevision, String createdBy, Instant createdAt, Instant updatedAt, JsonNode body) {
    }

    public record RevisionView(int revision, RuleState state, String author, Instant createdAt, String submittedBy,
            Instant submittedAt, String decidedBy, Instant decidedAt, String comment, List<JsonDiff.Change> diff) {
    }

    @Transactional
    public RuleStatus create(String body, String actor, boolean admin) {
        ParsedRule parsed = bodies.parse(body, admin);
        Instant now = now();
        long id = rules.insert(parsed.name(), parsed.kind().name(), parsed.format(), actor, now);
        rules.insertRevision(id, 1, parsed.canonicalJson(), actor, now);
        RuleStatus status = new RuleStatus(RuleIds.format(id), 1, RuleState.DRAFT);
        audit.record(actor, "rule.create", "rule", status.id(), null, snapshot(status, parsed.canonicalJson()));
        return status;
    }

    @Transactional
    public RuleStatus revise(String ruleId, String body, String actor, boolean admin) {
        StoredRule rule = locked(ruleId);
        if (rule.state() == RuleState.RETIRED) {
            throw conflict("Rule " + ruleId + " is retired; create a new rule instead.");
        }
        if (rule.format() == RuleFormat.DRL && !admin) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Only an ADMIN may revise a raw DRL rule.");
        }
        ParsedRule parsed = bodies.parse(body, admin);
        StoredRevision previous = currentRevision(rule);
        int revision = rule.currentRevision() + 1;
        Instant now = now();
        rules.insertRevision(rule.id(), revision, parsed.canonicalJson(), actor, now);
        rules.update(new StoredRule(rule.id(), parsed.name(), parsed.kind().name(), parsed.format(), RuleState.DRAFT,
                revision, rule.createdBy(), rule.createdAt(), now));
        RuleStatus status = new RuleStatus(ruleId, revision, RuleState.DRAFT);
        audit.record(actor, "rule.revise", "rule", ruleId, snapshot(new RuleStatus(ruleId, previous.revision(),
                previous.state()), previous.body()), snapshot(status, parsed.canonicalJson()));
        return status;
    }

    /** DRAFT to PENDING_APPROVAL: every submission needs someone else's approval. */
    @Transactional
    public RuleStatus submit(String ruleId, String actor) {
        StoredRule rule = locked(ruleId);
        StoredRevision revision = currentRevision(rule);
        if (rule.state() != RuleState.DRAFT) {
            throw conflict("Only a DRAFT can be submitted; rule " + ruleId + " is " + rule.state() + ".");
        }
        return transition(rule, revision, RuleState.PENDING_APPROVAL, actor, "rule.submit", null);
    }

    @Transactional
    public RuleStatus approve(String ruleId, String comment, String actor) {
        return decide(ruleId, RuleState.APPROVED, comment, actor, "rule.approve");
    }

    @Transactional
    public RuleStatus reject(String ruleId, String comment, String actor) {
        if (comment == null || comment.isBlank()) {
            throw ValidationProblem.unprocessable("comment", "a rejection needs a comment the author can act on");
        }
        return decide(ruleId, RuleState.REJECTED, comment, actor, "rule.reject");
    }

    @Transactional
    public RuleStatus retire(String ruleId, String actor) {
        StoredRule rule = locked(ruleId);
        if (rule.state() == RuleState.RETIRED) {
            throw conflict("Rule " + ruleId + " is already retired.");
        }
        StoredRevision revision = currentRevision(rule);
        rules.update(new StoredRule(rule.id(), rule.name(), rule.kind(), rule.format(), RuleState.RETIRED,
                rule.currentRevision(), rule.createdBy(), rule.createdAt(), now()));
        RuleStatus status = new RuleStatus(ruleId, rule.currentRevision(), RuleState.RETIRED);
        audit.record(actor, "rule.retire", "rule", ruleId, Map.of("state", rule.state()), Map.of("state",
                RuleState.RETIRED, "revision", revision.revision()));
        return status;
    }

    private RuleStatus decide(String ruleId, RuleState outcome, String comment, String actor, String action) {
        if (comment != null && comment.length() > 2000) {
            throw ValidationProblem.unprocessable("comment", "must have at most 2000 characters");
        }
        StoredRule rule = locked(ruleId);
        StoredRevision revision = currentRevision(rule);
        if (rule.state() != RuleState.PENDING_APPROVAL) {
            throw conflict("Rule " + ruleId + " is " + rule.state() + ", not PENDING_APPROVAL.");
        }
        if (actor.equals(revision.submittedBy()) || actor.equals(revision.author())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "four-eyes",
                    "Nobody approves or rejects their own submission: someone other than "
                            + revision.author() + " and " + revision.submittedBy() + " must decide.");
        }
        return transition(rule, revision, outcome, actor, action, comment);
    }

    private RuleStatus transition(StoredRule rule, StoredRevision revision, RuleState to, String actor, String action,
            String comment) {
        Instant now = now();
        if (to == RuleState.PENDING_APPROVAL) {
            rules.submit(rule.id(), revision.revision(), to, actor, now);
        } else {
            rules.decide(rule.id(), revision.revision(), to, actor, now, comment);
        }
        rules.update(new StoredRule(rule.id(), rule.name(), rule.kind(), rule.format(), to, rule.currentRevision(),
                rule.createdBy(), rule.createdAt(), now));
        RuleStatus status = new RuleStatus(rule.ruleId(), revision.revision(), to);
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("state", to);
        after.put("revision", revision.revision());
        if (comment != null) {
            after.put("comment", comment);
        }
        audit.record(actor, action, "rule", rule.ruleId(), Map.of("state", rule.state(), "revision",
                revision.revision()), after);
        return status;
    }

    // Releases ----------------------------------------------------------------------------------------

    /** The rule revisions a release is built from, or every reason why they cannot be. */
    public record Selection(List<io.promoplatform.engine.release.RuleSource> sources,
            List<ValidationProblem.FieldProblem> problems) {
    }

    /**
     * The approved current revisions of {@code ruleIds}, or of every approved rule when null. A listed
     * rule that is unknown, retired or whose current revision is not APPROVED is a problem.
     */
    public Selection releasable(List<String> ruleIds) {
        List<io.promoplatform.engine.release.RuleSource> sources = new ArrayList<>();
        List<ValidationProblem.FieldProblem> problems = new ArrayList<>();
        List<StoredRule> selected = new ArrayList<>();
        if (ruleIds == null) {
            selected.addAll(rules.inState(RuleState.APPROVED));
        } else {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < ruleIds.size(); i++) {
                String field = "ruleIds[" + i + "]";
                String ruleId = ruleIds.get(i);
                if (ruleId == null || !seen.add(ruleId)) {
                    problems.add(new ValidationProblem.FieldProblem(field, "is missing or listed twice"));
                    continue;
                }
                java.util.Optional<StoredRule> rule = ruleId.matches("R-[1-9][0-9]{0,17}")
                        ? rules.find(RuleIds.parse(ruleId)) : java.util.Optional.empty();
                if (rule.isEmpty()) {
                    problems.add(new ValidationProblem.FieldProblem(field, ruleId + " is not a known rule"));
                } else if (rule.get().state() != RuleState.APPROVED) {
                    problems.add(new ValidationProblem.FieldProblem(field, ruleId + " is not approved: its revision "
                            + rule.get().currentRevision() + " is " + rule.get().state()));
                } else {
                    selected.add(rule.get());
                }
            }
        }
        for (StoredRule rule : selected) {
            sources.add(bodies.stored(currentRevision(rule).body()).source(rule.ruleId(), rule.currentRevision()));
        }
        return new Selection(sources, problems);
    }

    /**
     * The current revisions of {@code ruleIds} whatever their state (drafts included, retired rules
     * refused), for simulating what they would do.
     */
    public Selection drafts(List<String> ruleIds) {
        List<io.promoplatform.engine.release.RuleSource> sources = new ArrayList<>();
        List<ValidationProblem.FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < ruleIds.size(); i++) {
            String ruleId = ruleIds.get(i);
            java.util.Optional<StoredRule> rule = ruleId != null && ruleId.matches("R-[1-9][0-9]{0,17}")
                    ? rules.find(RuleIds.parse(ruleId)) : java.util.Optional.empty();
            if (rule.isEmpty() || rule.get().state() == RuleState.RETIRED) {
                problems.add(new ValidationProblem.FieldProblem("draftRuleIds[" + i + "]",
                        ruleId + " is not a known, unretired rule"));
            } else {
                sources.add(bodies.stored(currentRevision(rule.get()).body()).source(rule.get().ruleId(),
                        rule.get().currentRevision()));
            }
        }
        return new Selection(sources, problems);
    }

    /** The rule revisions of an existing release, read back for compiling it again. */
    public List<io.promoplatform.engine.release.RuleSource> sources(List<long[]> ruleRevisions) {
        List<io.promoplatform.engine.release.RuleSource> sources = new ArrayList<>();
        for (long[] rr : ruleRevisions) {
            sources.add(bodies.stored(body(rr[0], (int) rr[1])).source(RuleIds.format(rr[0]), (int) rr[1]));
        }
        return sources;
    }

    // Reads -------------------------------------------------------------------------------------------

    public RuleView get(String ruleId) {
        StoredRule rule = rules.find(RuleIds.parse(ruleId)).orElseThrow(() -> ProblemException.notFound("Rule " + ruleId));
        return view(rule);
    }

    public PageResponse<RuleView> list(String text, RuleState state, int page, int size) {
        Paging.check(page, size);
        return new PageResponse<>(rules.search(text, state, page, size).stream().map(this::view).toList(), page, size,
                rules.count(text, state));
    }

    public List<RevisionView> revisions(String ruleId) {
        long id = RuleIds.parse(ruleId);
        rules.find(id).orElseThrow(() -> ProblemException.notFound("Rule " + ruleId));
        List<RevisionView> out = new ArrayList<>();
        JsonNode previous = null;
        for (StoredRevision r : rules.revisions(id)) {
            JsonNode body = json.readTree(r.body());
            out.add(new RevisionView(r.revision(), r.state(), r.author(), r.createdAt(), r.submittedBy(),
                    r.submittedAt(), r.decidedBy(), r.decidedAt(), r.decisionComment(), JsonDiff.of(previous, body)));
            previous = body;
        }
        return out;
    }

    /** The stored body of one revision, for releases. */
    public String body(long ruleId, int revision) {
        return rules.revision(ruleId, revision).map(StoredRevision::body)
                .orElseThrow(() -> ProblemException.notFound("Revision " + revision + " of " + RuleIds.format(ruleId)));
    }

    private RuleView view(StoredRule rule) {
        return new RuleView(rule.ruleId(), rule.name(), rule.kind(), rule.format(), rule.state(),
                rule.currentRevision(), rule.createdBy(), rule.createdAt(), rule.updatedAt(),
                json.readTree(currentRevision(rule).body()));
    }

    private StoredRule locked(String ruleId) {
        return rules.lock(RuleIds.parse(ruleId)).orElseThrow(() -> ProblemException.notFound("Rule " + ruleId));
    }

    private StoredRevision currentRevision(StoredRule rule) {
        return rules.revision(rule.id(), rule.currentRevision()).orElseThrow();
    }

    private Map<String, Object> snapshot(RuleStatus status, String body) {
        return Map.of("id", status.id(), "revision", status.revision(), "state", status.state(), "body",
                json.readTree(body));
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "invalid-state", detail);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
