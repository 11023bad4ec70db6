package io.promoplatform.web.campaign;

import io.promoplatform.web.security.Actor;
import io.promoplatform.web.system.AdminPage;
import io.promoplatform.web.system.Flash;
import io.promoplatform.web.system.ProblemException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plan job's page: live progress while it solves (the page polls {@code /plans/{id}/progress}), then
 * the allocation beside the campaign's current segment budgets, the exact optimum when there is one,
 * and each segment's uplift curve with the chosen spend marked. Applying goes through a confirmation
 * page that works without JavaScript.
 */
@AdminPage
class PlanPages {

    /** Enough points to draw a curve smoothly without shipping thousands of them to the browser. */
    private static final int MAX_CURVE_POINTS = 120;

    private final PlanService plans;
    private final CampaignService campaigns;
    private final Flash flash;
    private final JsonMapper json;
    private final RoleHierarchy roles;

    PlanPages(PlanService plans, CampaignService campaigns, Flash flash, JsonMapper json, RoleHierarchy roles) {
        this.plans = plans;
        this.campaigns = campaigns;
        this.flash = flash;
        this.json = json;
        this.roles = roles;
    }

    /** One segment of the result: budget in force now, the plan's amount and uplift, the optimum's amount. */
    record Line(String segment, String current, String planned, String expectedUplift, String optimum) {
    }

    @GetMapping("/plans/{planId}")
    String show(@PathVariable String planId, Model model) {
        PlanService.PlanView plan = plans.get(planId);
        PlanService.PlanSummary summary = plans.summary(planId);
        CampaignService.Budget budget = campaigns.budget(plan.campaign());
        model.addAttribute("plan", plan);
        model.addAttribute("summary", summary);
        model.addAttribute("campaign", budget);
        model.addAttribute("elapsed", seconds(plan.elapsedMs()));
        model.addAttribute("lines", lines(plan, budget));
        model.addAttribute("optimumMatches", plan.exactOptimum() != null
                && plan.exactOptimum().equals(plan.allocation()));
        if ("DONE".equals(plan.status())) {
            model.addAttribute("curvesJson", json.writeValueAsString(curves(planId, plan)));
        }
        return "plans/show";
    }

    /** What the page's script polls every second while the plan solves. */
    @GetMapping("/plans/{planId}/progress")
    @ResponseBody
    Map<String, Object> progress(@PathVariable String planId) {
        PlanService.PlanView plan = plans.get(planId);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", plan.status());
        out.put("bestScore", plan.bestScore() == null ? flash.text("plans.score.none") : plan.bestScore());
        out.put("elapsedMs", plan.elapsedMs());
        out.put("elapsed", seconds(plan.elapsedMs()));
        return out;
    }

    @GetMapping("/plans/{planId}/apply")
    String confirm(@PathVariable String planId, Model model) {
        requireMarketer();
        PlanService.PlanView plan = plans.get(planId);
        if (!"DONE".equals(plan.status())) {
            throw new ProblemException(org.springframework.http.HttpStatus.CONFLICT, "invalid-state",
                    flash.text("plans.apply.notDone", planId, plan.status()));
        }
        CampaignService.Budget budget = campaigns.budget(plan.campaign());
        model.addAttribute("plan", plan);
        model.addAttribute("campaign", budget);
        model.addAttribute("lines", lines(plan, budget));
        return "plans/apply";
    }

    @PostMapping("/plans/{planId}/apply")
    String apply(@PathVariable String planId, RedirectAttributes redirect) {
        PlanService.PlanView plan;
        try {
            plan = plans.apply(planId, Actor.current());
        } catch (ProblemException e) {
            if (e.status().is4xxClientError() && e.status().value() != 404) {
                flash.errorText(redirect, e.getMessage());
                return "redirect:/plans/" + planId;
            }
            throw e;
        }
        flash.success(redirect, "plans.flash.applied", planId);
        return "redirect:/campaigns/" + plan.campaign();
    }

    private List<Line> lines(PlanService.PlanView plan, CampaignService.Budget budget) {
        Map<String, String> current = new LinkedHashMap<>();
        budget.segments().forEach(s -> current.put(s.segment(), s.allocated()));
        Map<String, String> optimum = new LinkedHashMap<>();
        if (plan.exactOptimum() != null) {
            plan.exactOptimum().forEach(a -> optimum.put(a.segment(), a.amount()));
        }
        return plan.allocation().stream().map(a -> new Line(a.segment(), current.get(a.segment()), a.amount(),
                a.expectedUplift(), optimum.get(a.segment()))).toList();
    }

    /** Per segment: the curve (thinned to at most MAX_CURVE_POINTS, always keeping the chosen point) and the choice. */
    private List<Map<String, Object>> curves(String planId, PlanService.PlanView plan) {
        Map<String, PlanService.Allocation> chosen = new LinkedHashMap<>();
        plan.allocation().forEach(a -> chosen.put(a.segment(), a));
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlanService.SegmentCurve curve : plans.curves(planId)) {
            PlanService.Allocation choice = chosen.get(curve.segment());
            BigDecimal chosenSpend = choice == null ? null : new BigDecimal(choice.amount());
            int every = Math.max(1, (curve.points().size() + MAX_CURVE_POINTS - 1) / MAX_CURVE_POINTS);
            List<List<String>> points = new ArrayList<>();
            for (int i = 0; i < curve.points().size(); i++) {
                PlanService.CurvePoint p = curve.points().get(i);
                boolean isChoice = chosenSpend != null && p.spend().compareTo(chosenSpend) == 0;
                if (i % every == 0 || i == curve.points().size() - 1 || isChoice) {
                    points.add(List.of(p.spend().toPlainString(), p.uplift().toPlainString()));
                }
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("segment", curve.segment());
            c.put("points", points);
            if (choice != null) {
                c.put("chosen", List.of(choice.amount(), choice.expectedUplift()));
            }
            out.add(c);
        }
        return out;
    }

    private String seconds(long ms) {
        return flash.text("plans.elapsed.seconds", String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0));
    }

    /** The page matrix lets every reader open /plans/**; only a marketer may reach the apply step. */
    private void requireMarketer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean marketer = auth != null && roles.getReachableGrantedAuthorities(auth.getAuthorities()).stream()
                .anyMatch(a -> "ROLE_MARKETER".equals(a.getAuthority()));
        if (!marketer) {
            throw new AccessDeniedException("applying a plan needs the MARKETER role");
        }
    }
}
