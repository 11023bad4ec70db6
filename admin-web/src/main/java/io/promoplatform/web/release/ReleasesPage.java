package io.promoplatform.web.release;

import io.promoplatform.engine.release.Release;
import io.promoplatform.web.quote.QuoteReplay;
import io.promoplatform.web.rule.RuleService;
import io.promoplatform.web.rule.RuleState;
import io.promoplatform.web.security.Actor;
import io.promoplatform.web.system.AdminPage;
import io.promoplatform.web.system.Flash;
import io.promoplatform.web.system.FormErrors;
import io.promoplatform.web.system.PageResponse;
import io.promoplatform.web.system.Paging;
import io.promoplatform.web.system.PromoProperties;
import io.promoplatform.web.system.ValidationProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Releases in the browser: the list, one release's rules, the diff of any two, and the two deliberate
 * acts of an approver, each behind a confirmation page that works without JavaScript and shows what
 * would change against the active release, replayed on the quotes of the last 24 hours: building a
 * new release from approved rules (candidate first, then "Create and activate"), and activating an
 * existing release (roll back or forward).
 */
@AdminPage
@RequestMapping("/releases")
class ReleasesPage {

    static final int PAGE_SIZE = 20;
    static final int REPLAY_HOURS = 24;
    static final int REPLAY_LIMIT = 1000;
    static final int MAX_COMMENT = 2000;

    private final ReleaseService releases;
    private final RuleService rules;
    private final QuoteReplay replay;
    private final Flash flash;
    private final RoleHierarchy roles;
    private final Clock clock;
    private final Currency currency;
    private final JsonMapper json;

    ReleasesPage(ReleaseService releases, RuleService rules, QuoteReplay replay, Flash flash, RoleHierarchy roles,
            Clock clock, PromoProperties properties, JsonMapper json) {
        this.releases = releases;
        this.rules = rules;
        this.replay = replay;
        this.flash = flash;
        this.roles = roles;
        this.clock = clock;
        this.currency = Currency.getInstance(properties.currency());
        this.json = json;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Paging.check(Math.max(page, 0), PAGE_SIZE);
        PageResponse<ReleaseService.ReleaseView> releasePage = releases.list(Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("page", releasePage);
        model.addAttribute("activeNumber", releases.activation().release());
        return "releases/list";
    }

    // Building a new release ---------------------------------------------------------------------------

    @GetMapping("/new")
    String newRelease(@RequestParam(defaultValue = "") String comment,
            @RequestParam(required = false) List<String> ruleIds, Model model) {
        requireApprover();
        form(model, comment, chosen(ruleIds));
        return "releases/new";
    }

    /** The candidate a create would build: its rules, what changes against the active release, the replay. */
    @GetMapping("/candidate")
    String candidate(@RequestParam(defaultValue = "") String comment,
            @RequestParam(required = false) List<String> ruleIds, Model model, HttpServletResponse response) {
        requireApprover();
        List<String> chosen = chosen(ruleIds);
        try {
            checkComment(comment);
            Release candidate = releases.approvedCandidate(chosen.isEmpty() ? null : chosen);
            long active = releases.activation().release();
            model.addAttribute("comment", comment);
            model.addAttribute("chosen", chosen);
            model.addAttribute("candidate", candidate);
            model.addAttribute("activeNumber", active);
            model.addAttribute("diff", releases.compare(active, ReleaseService.CANDIDATE, candidate.rules()));
            addReplay(model, candidate);
            return "releases/candidate";
        } catch (ValidationProblem e) {
            return refused(model, response, e, comment, chosen);
        }
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String comment,
            @RequestParam(required = false) List<String> ruleIds, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        List<String> chosen = chosen(ruleIds);
        try {
            checkComment(comment);
            long previous = releases.activation().release();
            ReleaseService.Created created = releases.create(comment, chosen.isEmpty() ? null : chosen,
                    Actor.current());
            flash.success(redirect, "releases.flash.created", created.release(), created.rules().size(), previous);
            return "redirect:/releases/" + created.release();
        } catch (ValidationProblem e) {
            return refused(model, response, e, comment, chosen);
        }
    }

    private String refused(Model model, HttpServletResponse response, ValidationProblem e, String comment,
            List<String> chosen) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        FormErrors.addTo(model, e);
        form(model, comment, chosen);
        return "releases/new";
    }

    private void form(Model model, String comment, List<String> chosen) {
        PageResponse<RuleService.RuleView> approved = rules.list(null, RuleState.APPROVED, 0, Paging.MAX_SIZE);
        model.addAttribute("approved", approved.items());
        model.addAttribute("approvedTotal", approved.total());
        model.addAttribute("comment", comment);
        model.addAttribute("chosen", chosen);
        model.addAttribute("activeNumber", releases.activation().release());
        // fragments/forms :: fieldError evaluates its th:each before its th:if, so it needs a map
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
    }

    private static void checkComment(String comment) {
        if (comment.length() > MAX_COMMENT) {
            throw ValidationProblem.unprocessable("comment", "must have at most " + MAX_COMMENT + " characters");
        }
    }

    private static List<String> chosen(List<String> ruleIds) {
        List<String> out = new ArrayList<>();
        if (ruleIds != null) {
            for (String id : new LinkedHashSet<>(ruleIds)) {
                if (id != null && !id.isBlank()) {
                    out.add(id.trim());
                }
            }
        }
        return out;
    }

    // One release, diffs -------------------------------------------------------------------------------

    @GetMapping("/{n}")
    String detail(@PathVariable long n, Model model) {
        ReleaseService.ReleaseView release = releases.get(n);
        model.addAttribute("release", release);
        model.addAttribute("activation", releases.activation());
        return "releases/detail";
    }

    /** The "compare two releases" form lands here and goes to the diff's own address. */
    @GetMapping("/diff")
    String pickDiff(@RequestParam long from, @RequestParam long to) {
        return "redirect:/releases/" + from + "/diff/" + to;
    }

    @GetMapping("/{n}/diff/{m}")
    String diff(@PathVariable long n, @PathVariable long m, Model model) {
        model.addAttribute("diff", releases.diff(n, m));
        model.addAttribute("from", releases.get(n));
        model.addAttribute("to", releases.get(m));
        model.addAttribute("activeNumber", releases.activation().release());
        return "releases/diff";
    }

    // Activating an existing release -------------------------------------------------------------------

    /** The confirmation step: what changes against the active release, replayed on recent quotes. */
    @GetMapping("/{n}/activate")
    String confirmActivate(@PathVariable long n, Model model) {
        requireApprover();
        ReleaseService.ReleaseView target = releases.get(n);
        long active = releases.activation().release();
        model.addAttribute("release", target);
        model.addAttribute("activeNumber", active);
        model.addAttribute("diff", releases.diff(active, n));
        if (active != n) {
            addReplay(model, releases.candidate(n, null, null));
        }
        return "releases/activate";
    }

    @PostMapping("/{n}/activate")
    String activate(@PathVariable long n, RedirectAttributes redirect) {
        long previous = releases.activation().release();
        releases.activate(n, Actor.current());
        flash.success(redirect, n < previous ? "releases.flash.rolledBack" : "releases.flash.activated", n, previous);
        return "redirect:/releases/" + n;
    }

    // --------------------------------------------------------------------------------------------------

    private void addReplay(Model model, Release release) {
        Instant to = clock.instant();
        Instant from = to.minus(REPLAY_HOURS, ChronoUnit.HOURS);
        QuoteReplay.Summary summary = replay.replay(release, from, to, REPLAY_LIMIT, currency);
        model.addAttribute("replay", summary);
        model.addAttribute("discountTrend", new java.math.BigDecimal(summary.discountChange()).signum());
        model.addAttribute("replayHours", REPLAY_HOURS);
        model.addAttribute("replayLimit", REPLAY_LIMIT);
        model.addAttribute("replayCurrency", currency.getCurrencyCode());
        List<Map<String, String>> points = summary.changed().stream()
                .map(r -> Map.of("quote", r.quoteId(), "before", r.totalBefore(), "after", r.totalAfter())).toList();
        // for a <script type="application/json"> block: no '<' can close it early
        model.addAttribute("replayJson", json.writeValueAsString(points).replace("<", "\\u003c"));
    }

    /** The approver's acts; their POSTs are guarded by the security matrix, these pages by this check. */
    private void requireApprover() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean approver = auth != null && roles.getReachableGrantedAuthorities(auth.getAuthorities()).stream()
                .anyMatch(a -> "ROLE_APPROVER".equals(a.getAuthority()));
        if (!approver) {
            throw new AccessDeniedException("Only an approver builds or activates releases");
        }
    }
}
