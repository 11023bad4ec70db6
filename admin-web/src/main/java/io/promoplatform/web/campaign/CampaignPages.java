package io.promoplatform.web.campaign;

import io.promoplatform.web.catalog.CatalogService;
import io.promoplatform.web.security.Actor;
import io.promoplatform.web.system.AdminPage;
import io.promoplatform.web.system.Flash;
import io.promoplatform.web.system.FormErrors;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.ValidationProblem;
import io.promoplatform.web.system.ValidationProblem.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The campaign pages: the list with each campaign's burn, the editor, and a campaign's budget per
 * segment with its plans and the form that starts one. Refused input re-renders the form with the
 * service's messages beside the fields.
 */
@AdminPage
class CampaignPages {

    private final CampaignService campaigns;
    private final PlanService plans;
    private final CatalogService catalog;
    private final Flash flash;
    private final JsonMapper json;
    private final Clock clock;

    CampaignPages(CampaignService campaigns, PlanService plans, CatalogService catalog, Flash flash, JsonMapper json,
            Clock clock) {
        this.campaigns = campaigns;
        this.plans = plans;
        this.catalog = catalog;
        this.flash = flash;
        this.json = json;
        this.clock = clock;
    }

    /** A campaign as the list shows it: its budget plus where it stands in its schedule and how much burnt. */
    record Row(CampaignService.Budget budget, String phase, int burnPercent) {
    }

    /**
     * Pages render the shared fieldError fragment, which evaluates its th:each before its th:if; an
     * empty map keeps it quiet when nothing was refused (FormErrors.addTo replaces it when something was).
     */
    @ModelAttribute("fieldErrors")
    Map<String, List<String>> noFieldErrors() {
        return Map.of();
    }

    @GetMapping("/campaigns")
    String list(Model model) {
        Instant now = clock.instant();
        model.addAttribute("campaigns", campaigns.all().stream()
                .map(b -> new Row(b, phase(b, now), percent(b.spent(), b.budget()))).toList());
        return "campaigns/list";
    }

    @GetMapping("/campaigns/new")
    String create(Model model) {
        CampaignForm form = new CampaignForm();
        form.setCurrency("USD");
        form.setSegments(rows(List.of()));
        return editor(model, form, true);
    }

    @PostMapping("/campaigns/new")
    String create(@ModelAttribute("form") CampaignForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        String id = blankToNull(form.getId());
        List<FieldProblem> problems = new ArrayList<>();
        if (id != null && campaigns.exists(id)) {
            problems.add(new FieldProblem("id", flash.text("campaigns.form.id.taken", id)));
        }
        return save(id == null ? "" : id, form, problems, true, model, redirect, response);
    }

    @GetMapping("/campaigns/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        CampaignService.Budget b = campaigns.budget(id);
        CampaignForm form = new CampaignForm();
        form.setId(b.campaign());
        form.setName(b.name());
        form.setBudget(b.budget());
        form.setCurrency(b.currency());
        form.setStartsAt(local(b.startsAt()));
        form.setEndsAt(local(b.endsAt()));
        form.setSegments(rows(b.segments()));
        return editor(model, form, false);
    }

    @PostMapping("/campaigns/{id}/edit")
    String edit(@PathVariable String id, @ModelAttribute("form") CampaignForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        campaigns.budget(id);
        form.setId(id);
        return save(id, form, new ArrayList<>(), false, model, redirect, response);
    }

    private String save(String id, CampaignForm form, List<FieldProblem> problems, boolean creating, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Instant startsAt = instant("startsAt", form.getStartsAt(), problems);
        Instant endsAt = instant("endsAt", form.getEndsAt(), problems);
        if (!problems.isEmpty()) {
            return refused(ValidationProblem.unprocessable(problems), form, creating, model, response);
        }
        Map<String, CampaignService.SegmentLimits> segments = new LinkedHashMap<>();
        for (SegmentRow row : form.getSegments()) {
            if (row.isInclude() && row.getId() != null) {
                segments.put(row.getId(), new CampaignService.SegmentLimits(blankToNull(row.getMin()),
                        blankToNull(row.getMax()), null));
            }
        }
        try {
            campaigns.put(id, new CampaignService.CampaignRequest(blankToNull(form.getName()),
                    blankToNull(form.getBudget()), blankToNull(form.getCurrency()), startsAt, endsAt, segments),
                    Actor.current());
        } catch (ValidationProblem e) {
            return refused(e, form, creating, model, response);
        } catch (ProblemException e) {
            return refused(ValidationProblem.unprocessable("currency", e.getMessage()), form, creating, model,
                    response);
        }
        flash.success(redirect, creating ? "campaigns.flash.created" : "campaigns.flash.saved", id);
        return "redirect:/campaigns/" + id;
    }

    private String refused(ValidationProblem problem, CampaignForm form, boolean creating, Model model,
            HttpServletResponse response) {
        FormErrors.addTo(model, problem);
        response.setStatus(problem.status() == HttpStatus.BAD_REQUEST ? HttpStatus.BAD_REQUEST.value()
                : HttpStatus.UNPROCESSABLE_CONTENT.value());
        return editor(model, form, creating);
    }

    private String editor(Model model, CampaignForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("action", creating ? "/campaigns/new" : "/campaigns/" + form.getId() + "/edit");
        return "campaigns/edit";
    }

    @GetMapping("/campaigns/{id}")
    String show(@PathVariable String id, Model model) {
        PlanForm form = new PlanForm();
        form.setSecondsLimit("5");
        form.setStep(suggestedStep(campaigns.budget(id)));
        return detail(id, form, model);
    }

    @PostMapping("/campaigns/{id}/plans")
    String plan(@PathVariable String id, @ModelAttribute("planForm") PlanForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        campaigns.budget(id);
        Integer seconds = null;
        if (form.getSecondsLimit() != null && !form.getSecondsLimit().isBlank()) {
            try {
                seconds = Integer.valueOf(form.getSecondsLimit().strip());
            } catch (NumberFormatException e) {
                return planRefused(id, form, ValidationProblem.unprocessable("secondsLimit",
                        flash.text("campaigns.plan.seconds.invalid")), model, response);
            }
        }
        try {
            String planId = plans.start(id, new PlanService.PlanRequest(seconds, blankToNull(form.getStep())),
                    Actor.current());
            flash.success(redirect, "campaigns.flash.planStarted", planId);
            return "redirect:/plans/" + planId;
        } catch (ValidationProblem e) {
            return planRefused(id, form, e, model, response);
        }
    }

    private String planRefused(String id, PlanForm form, ValidationProblem problem, Model model,
            HttpServletResponse response) {
        FormErrors.addTo(model, problem);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return detail(id, form, model);
    }

    private String detail(String id, PlanForm form, Model model) {
        CampaignService.Budget b = campaigns.budget(id);
        model.addAttribute("campaign", b);
        model.addAttribute("phase", phase(b, clock.instant()));
        model.addAttribute("burnPercent", percent(b.spent(), b.budget()));
        model.addAttribute("plans", plans.forCampaign(id));
        model.addAttribute("planForm", form);
        List<Map<String, Object>> chart = new ArrayList<>();
        for (CampaignService.SegmentBudget s : b.segments()) {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("segment", s.segment());
            bar.put("allocated", s.allocated());
            bar.put("spent", s.spent());
            bar.put("remaining", s.remaining());
            chart.add(bar);
        }
        model.addAttribute("chartJson", json.writeValueAsString(chart));
        return "campaigns/show";
    }

    /** upcoming, running or ended, by the campaign's schedule (open ends never end). */
    static String phase(CampaignService.Budget b, Instant now) {
        if (b.startsAt() != null && now.isBefore(b.startsAt())) {
            return "upcoming";
        }
        if (b.endsAt() != null && now.isAfter(b.endsAt())) {
            return "ended";
        }
        return "running";
    }

    static int percent(String part, String whole) {
        BigDecimal w = new BigDecimal(whole);
        if (w.signum() <= 0) {
            return 0;
        }
        return new BigDecimal(part).multiply(BigDecimal.valueOf(100)).divide(w, 0, RoundingMode.HALF_UP)
                .min(BigDecimal.valueOf(100)).intValue();
    }

    /** A step that cuts the budget into 20 equal parts when it can, else the whole budget in minor units. */
    private static String suggestedStep(CampaignService.Budget b) {
        BigDecimal budget = new BigDecimal(b.budget());
        for (int parts : new int[] {20, 10, 25, 50, 100, 4, 5, 2, 1}) {
            BigDecimal step = budget.divide(BigDecimal.valueOf(parts), budget.scale(), RoundingMode.DOWN);
            if (step.signum() > 0 && budget.remainder(step).signum() == 0) {
                return step.toPlainString();
            }
        }
        return b.budget();
    }

    private List<SegmentRow> rows(List<CampaignService.SegmentBudget> existing) {
        Map<String, SegmentRow> rows = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>(catalog.segmentIds());
        existing.forEach(s -> ids.add(s.segment()));
        for (String segment : ids) {
            SegmentRow row = new SegmentRow();
            row.setId(segment);
            rows.put(segment, row);
        }
        for (CampaignService.SegmentBudget s : existing) {
            SegmentRow row = rows.get(s.segment());
            row.setInclude(true);
            row.setMin(s.min());
            row.setMax(s.max());
        }
        return new ArrayList<>(rows.values());
    }

    private Instant instant(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, flash.text("campaigns.form.time.invalid")));
                return null;
            }
        }
    }

    private static String local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC)
                .toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The editor's fields as typed; times are UTC, as {@code datetime-local} inputs send them. */
    public static class CampaignForm {
        private String id;
        private String name;
        private String budget;
        private String currency;
        private String startsAt;
        private String endsAt;
        private List<SegmentRow> segments = new ArrayList<>();

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getBudget() {
            return budget;
        }

        public void setBudget(String budget) {
            this.budget = budget;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }

        public String getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(String startsAt) {
            this.startsAt = startsAt;
        }

        public String getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(String endsAt) {
            this.endsAt = endsAt;
        }

        public List<SegmentRow> getSegments() {
            return segments;
        }

        public void setSegments(List<SegmentRow> segments) {
            this.segments = segments;
        }
    }

    /** One segment line of the editor: whether the campaign spends on it, and its floor and ceiling. */
    public static class SegmentRow {
        private String id;
        private boolean include;
        private String min;
        private String max;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public boolean isInclude() {
            return include;
        }

        public void setInclude(boolean include) {
            this.include = include;
        }

        public String getMin() {
            return min;
        }

        public void setMin(String min) {
            this.min = min;
        }

        public String getMax() {
            return max;
        }

        public void setMax(String max) {
            this.max = max;
        }
    }

    /** The plan runner: seconds the solver may take and the budget step it allocates in. */
    public static class PlanForm {
        private String secondsLimit;
        private String step;

        public String getSecondsLimit() {
            return secondsLimit;
        }

        public void setSecondsLimit(String secondsLimit) {
            this.secondsLimit = secondsLimit;
        }

        public String getStep() {
            return step;
        }

        public void setStep(String step) {
            this.step = step;
        }
    }
}
