package io.promoplatform.web.rule;

import io.promoplatform.web.security.Actor;
import io.promoplatform.web.system.AdminPage;
import io.promoplatform.web.system.Flash;
import io.promoplatform.web.system.FormErrors;
import io.promoplatform.web.system.PageResponse;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.ValidationProblem;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The approver's inbox of submissions and the decision page. Four-eyes is the service's rule; the
 * page only spares the author the buttons and says why, and shows the service's refusal if asked anyway.
 */
@AdminPage
class ApprovalPages {

    private final RuleService rules;
    private final Flash flash;
    private final JsonMapper json;

    ApprovalPages(RuleService rules, Flash flash, JsonMapper json) {
        this.rules = rules;
        this.flash = flash;
        this.json = json;
    }

    /**
     * One submission as the approver reads it: the revision, the approved revision it would replace
     * (0 when none), the difference to it, the risk, and why the current user may not decide (or null).
     */
    record Submission(RuleService.RuleView rule, RuleService.RevisionView revision, int approvedRevision,
            List<RulePageModels.DiffRow> diff, RulePageModels.Risk risk, String selfReason) {
    }

    /**
     * No refusal yet: an empty map, so that the shared {@code fieldError} fragment (whose th:each runs
     * before its th:if) has something to look into; a refused form replaces it through FormErrors.
     */
    @ModelAttribute("fieldErrors")
    java.util.Map<String, java.util.List<String>> noFieldErrors() {
        return java.util.Map.of();
    }

    @GetMapping("/approvals")
    String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
        PageResponse<RuleService.RuleView> pending = rules.list(null, RuleState.PENDING_APPROVAL, Math.max(page, 0),
                RulePages.PAGE_SIZE);
        model.addAttribute("pending", pending);
        model.addAttribute("submissions", pending.items().stream().map(this::submission).toList());
        return "approvals/inbox";
    }

    @GetMapping("/approvals/{ruleId}")
    String detail(@PathVariable String ruleId, Model model) {
        model.addAttribute("s", submission(rules.get(ruleId)));
        return "approvals/detail";
    }

    @PostMapping("/approvals/{ruleId}/approve")
    String approve(@PathVariable String ruleId, @RequestParam(required = false) String comment, Model model,
            RedirectAttributes redirect) {
        return decide(ruleId, comment, rules::approve, "approvals.flash.approved", model, redirect);
    }

    @PostMapping("/approvals/{ruleId}/reject")
    String reject(@PathVariable String ruleId, @RequestParam(required = false) String comment, Model model,
            RedirectAttributes redirect) {
        return decide(ruleId, comment, rules::reject, "approvals.flash.rejected", model, redirect);
    }

    /** One of RuleService's decisions: (rule id, comment, actor) to the rule's new status. */
    private interface Decision {
        RuleService.RuleStatus apply(String ruleId, String comment, String actor);
    }

    /** Decides, then back to the inbox with a flash; a refused comment re-renders, a refused decision flashes. */
    private String decide(String ruleId, String comment, Decision decision, String flashKey, Model model,
            RedirectAttributes redirect) {
        try {
            RuleService.RuleStatus status = decision.apply(ruleId, blankToNull(comment), Actor.current());
            flash.success(redirect, flashKey, ruleId, status.revision());
            return "redirect:/approvals";
        } catch (ValidationProblem e) {
            return refused(ruleId, e, comment, model);
        } catch (ProblemException e) {
            flash.errorText(redirect, e.getMessage());
            return "redirect:/approvals/" + ruleId;
        }
    }

    private String refused(String ruleId, ValidationProblem e, String comment, Model model) {
        FormErrors.addTo(model, e);
        model.addAttribute("comment", comment);
        return detail(ruleId, model);
    }

    private Submission submission(RuleService.RuleView rule) {
        List<RuleService.RevisionView> history = rules.revisions(rule.id());
        RuleService.RevisionView current = history.get(history.size() - 1);
        RuleService.RevisionView approved = history.stream()
                .filter(r -> r.revision() < current.revision() && r.state() == RuleState.APPROVED)
                .reduce((a, b) -> b).orElse(null);
        long key = RuleIds.parse(rule.id());
        JsonNode before = approved == null ? null : json.readTree(rules.body(key, approved.revision()));
        String me = Actor.current();
        String selfReason = me.equals(current.author()) ? flash.text("approvals.self.author", current.revision())
                : me.equals(current.submittedBy()) ? flash.text("approvals.self.submitter", current.revision()) : null;
        return new Submission(rule, current, approved == null ? 0 : approved.revision(),
                RulePageModels.diff(before, rule.body()), RulePageModels.risk(rule.body(), flash), selfReason);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
