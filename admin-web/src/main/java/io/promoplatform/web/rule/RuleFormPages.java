package io.promoplatform.web.rule;

import io.promoplatform.rules.guided.EffectType;
import io.promoplatform.web.catalog.CatalogService;
import io.promoplatform.web.catalog.Product;
import io.promoplatform.web.security.Actor;
import io.promoplatform.web.system.AdminPage;
import io.promoplatform.web.system.Flash;
import io.promoplatform.web.system.FormErrors;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.ValidationProblem;
import io.promoplatform.web.system.ValidationProblem.FieldProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authoring: the guided rule builder ({@code /rules/new}, {@code /rules/{id}/edit}) and the raw DRL
 * editor for ADMIN ({@code /rules/new-drl}, {@code /rules/{id}/edit-drl}). The forms write the rule
 * body and call {@link RuleService}; its refusals come back beside the fields, with what was typed.
 */
@AdminPage
class RuleFormPages {

    private final RuleService rules;
    private final CatalogService catalog;
    private final Flash flash;
    private final JsonMapper json;

    RuleFormPages(RuleService rules, CatalogService catalog, Flash flash, JsonMapper json) {
        this.rules = rules;
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

    // Guided --------------------------------------------------------------------------------------------

    @GetMapping("/rules/new")
    String newRule(Model model) {
        return guidedForm(new GuidedRuleForm(), null, model);
    }

    @PostMapping("/rules/new")
    String create(@ModelAttribute("form") GuidedRuleForm form, Authentication auth, Model model,
            RedirectAttributes redirect) {
        try {
            RuleService.RuleStatus status = rules.create(form.toJson(json), Actor.current(), isAdmin(auth));
            flash.success(redirect, "rules.flash.created", status.id());
            return "redirect:/rules/" + status.id();
        } catch (ValidationProblem e) {
            FormErrors.addTo(model, mapped(e, form));
            return guidedForm(form, null, model);
        }
    }

    @GetMapping("/rules/{id}/edit")
    String edit(@PathVariable String id, Model model, RedirectAttributes redirect) {
        RuleService.RuleView rule = rules.get(id);
        if (rule.format() == RuleFormat.DRL) {
            return "redirect:/rules/" + id + "/edit-drl";
        }
        return guidedForm(GuidedRuleForm.of(rule.body()), rule, model);
    }

    @PostMapping("/rules/{id}/edit")
    String revise(@PathVariable String id, @ModelAttribute("form") GuidedRuleForm form, Authentication auth,
            Model model, RedirectAttributes redirect) {
        RuleService.RuleView rule = rules.get(id);
        try {
            RuleService.RuleStatus status = rules.revise(id, form.toJson(json), Actor.current(), isAdmin(auth));
            flash.success(redirect, "rules.flash.revised", id, status.revision());
            return "redirect:/rules/" + id;
        } catch (ValidationProblem e) {
            FormErrors.addTo(model, mapped(e, form));
            return guidedForm(form, rule, model);
        } catch (ProblemException e) {
            flash.errorText(redirect, e.getMessage());
            return "redirect:/rules/" + id;
        }
    }

    private String guidedForm(GuidedRuleForm form, RuleService.RuleView rule, Model model) {
        List<Product> products = catalog.sampleProducts(500);
        model.addAttribute("form", form);
        model.addAttribute("rule", rule);
        model.addAttribute("products", products);
        model.addAttribute("brands", products.stream().map(Product::brand).filter(Objects::nonNull).distinct()
                .sorted().toList());
        model.addAttribute("categories", products.stream().map(Product::category).filter(Objects::nonNull)
                .distinct().sorted().toList());
        model.addAttribute("segments", catalog.segmentIds());
        model.addAttribute("stores", catalog.someStores(500));
        model.addAttribute("promotionEffects", effects(false));
        model.addAttribute("guardEffects", effects(true));
        return "rules/form";
    }

    private static List<String> effects(boolean guards) {
        return Arrays.stream(EffectType.values()).filter(t -> (t.scope() == EffectType.Scope.GUARD) == guards)
                .map(Enum::name).toList();
    }

    private static ValidationProblem mapped(ValidationProblem e, GuidedRuleForm form) {
        return new ValidationProblem(e.status(), e.getMessage(), e.errors().stream()
                .map(p -> new FieldProblem(form.fieldOf(p.field()), p.message())).toList());
    }

    // Raw DRL (ADMIN) -----------------------------------------------------------------------------------

    @GetMapping("/rules/new-drl")
    String newDrl(Model model) {
        return drlForm(new DrlRuleForm(), null, model);
    }

    @PostMapping("/rules/new-drl")
    String createDrl(@ModelAttribute("form") DrlRuleForm form, Model model, RedirectAttributes redirect) {
        try {
            RuleService.RuleStatus status = rules.create(form.toJson(json), Actor.current(), true);
            flash.success(redirect, "rules.flash.created", status.id());
            return "redirect:/rules/" + status.id();
        } catch (ValidationProblem e) {
            FormErrors.addTo(model, e);
            return drlForm(form, null, model);
        }
    }

    @GetMapping("/rules/{id}/edit-drl")
    String editDrl(@PathVariable String id, Model model) {
        RuleService.RuleView rule = rules.get(id);
        if (rule.format() != RuleFormat.DRL) {
            return "redirect:/rules/" + id + "/edit";
        }
        return drlForm(DrlRuleForm.of(rule.body()), rule, model);
    }

    @PostMapping("/rules/{id}/edit-drl")
    String reviseDrl(@PathVariable String id, @ModelAttribute("form") DrlRuleForm form, Model model,
            RedirectAttributes redirect) {
        RuleService.RuleView rule = rules.get(id);
        try {
            RuleService.RuleStatus status = rules.revise(id, form.toJson(json), Actor.current(), true);
            flash.success(redirect, "rules.flash.revised", id, status.revision());
            return "redirect:/rules/" + id;
        } catch (ValidationProblem e) {
            FormErrors.addTo(model, e);
            return drlForm(form, rule, model);
        } catch (ProblemException e) {
            flash.errorText(redirect, e.getMessage());
            return "redirect:/rules/" + id;
        }
    }

    private String drlForm(DrlRuleForm form, RuleService.RuleView rule, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("rule", rule);
        Object errors = model.getAttribute("fieldErrors");
        java.util.Set<Integer> bad = errors instanceof java.util.Map<?, ?> map && map.get("drl") instanceof List<?> l
                ? DrlRuleForm.linesNamedIn(l.stream().map(String::valueOf).toList()) : java.util.Set.of();
        model.addAttribute("badLines", bad);
        model.addAttribute("drlLines", form.getDrl() == null ? List.of() : List.of(form.getDrl().split("\\R", -1)));
        return "rules/drl";
    }

    private static boolean isAdmin(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    }
}
