package io.promoplatform.web.rule;

import io.promoplatform.engine.release.Release;
import io.promoplatform.web.catalog.CatalogService;
import io.promoplatform.web.quote.QuoteRequest;
import io.promoplatform.web.quote.QuoteService;
import io.promoplatform.web.release.ReleaseService;
import io.promoplatform.web.security.Actor;
import io.promoplatform.web.system.AdminPage;
import io.promoplatform.web.system.Flash;
import io.promoplatform.web.system.FormErrors;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.ValidationProblem;
import io.promoplatform.web.system.ValidationProblem.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules area: the searchable list, a rule with its workflow actions and a preview that prices a
 * cart with the rule's current revision on top of the active release, and the revision history with
 * side-by-side differences.
 */
@AdminPage
class RulePages {

    static final int PAGE_SIZE = 20;
    private static final Pattern SENT_LINE = Pattern.compile("^lines\\[(\\d+)](.*)$");

    private final RuleService rules;
    private final ReleaseService releases;
    private final QuoteService quotes;
    private final CatalogService catalog;
    private final Flash flash;
    private final JsonMapper json;

    RulePages(RuleService rules, ReleaseService releases, QuoteService quotes, CatalogService catalog, Flash flash,
            JsonMapper json) {
        this.rules = rules;
        this.releases = releases;
        this.quotes = quotes;
        this.catalog = catalog;
        this.flash = flash;
        this.json = json;
    }

    /**
     * No refusal yet: an empty map, so that the shared {@code fieldError} fragment (whose th:each runs
     * before its th:if) has something to look into; a refused form replaces it through FormErrors.
     */
    @ModelAttribute("fieldErrors")
    java.util.Map<String, java.util.List<String>> noFieldErrors() {
        return java.util.Map.of();
    }

    @GetMapping("/rules")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) RuleState state,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("rules", rules.list(q, state, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("state", state);
        model.addAttribute("states", RuleState.values());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/rules").queryParamIfPresent("q",
                java.util.Optional.ofNullable(q).filter(s -> !s.isBlank())).queryParamIfPresent("state",
                java.util.Optional.ofNullable(state)).build().encode().toUriString());
        return "rules/list";
    }

    @GetMapping("/rules/{id}")
    String show(@PathVariable String id, Model model) {
        return show(id, PreviewForm.sample(catalog.sampleProducts(3)), model);
    }

    @PostMapping("/rules/{id}/submit")
    String submit(@PathVariable String id, RedirectAttributes redirect) {
        try {
            RuleService.RuleStatus status = rules.submit(id, Actor.current());
            flash.success(redirect, "rules.flash.submitted", id, status.revision());
        } catch (ProblemException e) {
            flash.errorText(redirect, e.getMessage());
        }
        return "redirect:/rules/" + id;
    }

    @PostMapping("/rules/{id}/retire")
    String retire(@PathVariable String id, RedirectAttributes redirect) {
        try {
            rules.retire(id, Actor.current());
            flash.success(redirect, "rules.flash.retired", id);
        } catch (ProblemException e) {
            flash.errorText(redirect, e.getMessage());
        }
        return "redirect:/rules/" + id;
    }

    /** Read-only: prices the cart and shows the result; POST only because it carries a cart. */
    @PostMapping("/rules/{id}/preview")
    String preview(@PathVariable String id, @ModelAttribute("preview") PreviewForm form, Model model) {
        RuleService.RuleView rule = rules.get(id);
        form.padRows();
        List<FieldProblem> problems = new ArrayList<>();
        List<Integer> sentRows = new ArrayList<>();
        String customer = form.customerFor(catalog.someCustomers(500));
        QuoteRequest request = form.toRequest(customer, problems, sentRows, flash.text("rules.preview.quantity"));
        if (!problems.isEmpty()) {
            FormErrors.addTo(model, ValidationProblem.unprocessable(problems));
            return show(rule, form, model);
        }
        try {
            Release candidate = releases.candidate(null, null, List.of(rule.id()));
            model.addAttribute("result", quotes.simulate(request, candidate));
            model.addAttribute("pricedAs", customer);
            model.addAttribute("candidateRules", candidate.rules());
        } catch (ValidationProblem e) {
            FormErrors.addTo(model, new ValidationProblem(e.status(), e.getMessage(), e.errors().stream()
                    .map(p -> new FieldProblem(formRow(p.field(), sentRows), p.message())).toList()));
        }
        return show(rule, form, model);
    }

    @GetMapping("/rules/{id}/revisions")
    String revisions(@PathVariable String id, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, Model model) {
        RuleService.RuleView rule = rules.get(id);
        List<RuleService.RevisionView> history = rules.revisions(id);
        long key = RuleIds.parse(id);
        List<JsonNode> bodies = history.stream().map(r -> json.readTree(rules.body(key, r.revision()))).toList();
        List<Map.Entry<RuleService.RevisionView, List<RulePageModels.DiffRow>>> entries = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            entries.add(Map.entry(history.get(i), RulePageModels.diff(i == 0 ? null : bodies.get(i - 1),
                    bodies.get(i))));
        }
        model.addAttribute("rule", rule);
        model.addAttribute("entries", entries);
        model.addAttribute("revisionNumbers", history.stream().map(RuleService.RevisionView::revision).toList());
        if (from != null && to != null) {
            if (from < 1 || to < 1 || from > history.size() || to > history.size()) {
                throw ProblemException.notFound("Revision " + (from < 1 || from > history.size() ? from : to)
                        + " of " + id);
            }
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            model.addAttribute("comparison", RulePageModels.diff(bodies.get(from - 1), bodies.get(to - 1)));
        }
        return "rules/revisions";
    }

    private String show(String id, PreviewForm form, Model model) {
        return show(rules.get(id), form, model);
    }

    private String show(RuleService.RuleView rule, PreviewForm form, Model model) {
        List<RuleService.RevisionView> history = rules.revisions(rule.id());
        model.addAttribute("rule", rule);
        model.addAttribute("current", history.get(history.size() - 1));
        model.addAttribute("bodyJson", json.writerWithDefaultPrettyPrinter().writeValueAsString(rule.body()));
        model.addAttribute("risk", RulePageModels.risk(rule.body(), flash));
        model.addAttribute("preview", form);
        model.addAttribute("products", catalog.sampleProducts(500));
        model.addAttribute("segments", catalog.segmentIds());
        model.addAttribute("stores", catalog.someStores(500));
        model.addAttribute("activeRelease", releases.activeNumber());
        return "rules/show";
    }

    /** A service path naming the n-th sent line names the form row it came from. */
    private static String formRow(String field, List<Integer> sentRows) {
        Matcher m = SENT_LINE.matcher(field == null ? "" : field);
        if (m.matches()) {
            int sent = Integer.parseInt(m.group(1));
            if (sent < sentRows.size()) {
                return "lines[" + sentRows.get(sent) + "]" + m.group(2);
            }
        }
        return field;
    }
}
