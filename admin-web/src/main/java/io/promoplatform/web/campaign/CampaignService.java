package io.promoplatform.web.campaign;

import io.promoplatform.rules.Currencies;
import io.promoplatform.rules.Money;
import io.promoplatform.web.audit.AuditLog;
import io.promoplatform.web.catalog.CatalogService;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.ValidationProblem;
import io.promoplatform.web.system.ValidationProblem.FieldProblem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns and their budgets. Until a plan is applied (or allocations are set by hand) every segment
 * draws on the campaign's total; afterwards each segment is capped by its allocation and the total by
 * the budget. Outside its schedule a campaign has nothing left to spend.
 */
@Service
public class CampaignService {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final CampaignRepository campaigns;
    private final CatalogService catalog;
    private final AuditLog audit;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, CatalogService catalog, AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    public record SegmentLimits(String min, String max, String allocated) {
    }

    public record CampaignRequest(String name, String budget, String currency, Instant startsAt, Instant endsAt,
            Map<String, SegmentLimits> segments) {
    }

    public record SegmentBudget(String segment, String min, String max, String allocated, String spent,
            String remaining) {
    }

    public record Budget(String campaign, String name, String currency, Instant startsAt, Instant endsAt,
            String budget, String spent, String remaining, List<SegmentBudget> segments) {
    }

    @Transactional
    public Budget put(String id, CampaignRequest r, String actor) {
        if (!ID.matcher(id).matches()) {
            throw ValidationProblem.unprocessable("id", "must be 1-64 lower-case letters, digits or '-'");
        }
        List<FieldProblem> missing = new ArrayList<>();
        if (r.name() == null) {
            missing.add(new FieldProblem("name", "is required"));
        }
        if (r.budget() == null) {
            missing.add(new FieldProblem("budget", "is required"));
        }
        if (r.currency() == null) {
            missing.add(new FieldProblem("currency", "is required"));
        }
        if (!missing.isEmpty()) {
            throw new ValidationProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "Required fields are missing.",
                    missing);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (r.name().isBlank() || r.name().length() > 200) {
            problems.add(new FieldProblem("name", "must have 1 to 200 characters"));
        }
        Optional<Currency> currency = Currencies.find(r.currency());
        if (currency.isEmpty()) {
            throw ValidationProblem.unprocessable("currency", "is not a known ISO 4217 currency code");
        }
        BigDecimal budget = money("budget", r.budget(), currency.get(), problems);
        if (r.startsAt() != null && r.endsAt() != null && !r.startsAt().isBefore(r.endsAt())) {
            problems.add(new FieldProblem("endsAt", "must be after startsAt"));
        }
        Map<String, BigDecimal[]> limits = new LinkedHashMap<>();
        if (r.segments() != null) {
            for (Map.Entry<String, SegmentLimits> e : r.segments().entrySet()) {
                String field = "segments." + e.getKey();
                if (!catalog.segmentIds().contains(e.getKey())) {
                    problems.add(new FieldProblem(field, "is not a known segment"));
                    continue;
                }
                SegmentLimits l = e.getValue() == null ? new SegmentLimits(null, null, null) : e.getValue();
                BigDecimal min = l.min() == null ? null : money(field + ".min", l.min(), currency.get(), problems);
                BigDecimal max = l.max() == null ? null : money(field + ".max", l.max(), currency.get(), problems);
                BigDecimal allocated = l.allocated() == null ? null
                        : money(field + ".allocated", l.allocated(), currency.get(), problems);
                if (min != null && max != null && min.compareTo(max) > 0) {
                    problems.add(new FieldProblem(field + ".min", "must not exceed max"));
                }
                if (budget != null && max != null && max.compareTo(budget) > 0) {
                    problems.add(new FieldProblem(field + ".max", "must not exceed the campaign budget"));
                }
                limits.put(e.getKey(), new BigDecimal[] {min, max, allocated});
            }
        }
        if (!problems.isEmpty()) {
            throw ValidationProblem.unprocessable(problems);
        }
        Optional<Budget> before = find(id);
        if (before.isPresent() && !before.get().currency().equals(currency.get().getCurrencyCode())
                && new BigDecimal(before.get().spent()).signum() > 0) {
            throw new ProblemException(org.springframework.http.HttpStatus.CONFLICT, "currency-locked",
                    "Campaign " + id + " has spent in " + before.get().currency() + "; its currency cannot change.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        campaigns.upsert(id, r.name().strip(), budget, currency.get().getCurrencyCode(), r.startsAt(), r.endsAt(), now);
        limits.forEach((segment, l) -> campaigns.upsertSegment(id, segment, l[0], l[1], l[2], l[2] != null));
        Budget after = budget(id);
        audit.record(actor, before.isPresent() ? "campaign.update" : "campaign.create", "campaign", id,
                before.orElse(null), after);
        return after;
    }

    /** Writes a plan's allocation as the segments' budgets (one audited change). */
    @Transactional
    public Budget applyAllocation(String id, Map<String, BigDecimal> allocation, String actor, String planId) {
        Budget before = budget(id);
        for (Map.Entry<String, BigDecimal> e : allocation.entrySet()) {
            CampaignRepository.SegmentRow existing = campaigns.segments(id).stream()
                    .filter(s -> s.segment().equals(e.getKey())).findFirst().orElse(null);
            campaigns.upsertSegment(id, e.getKey(), existing == null ? null : existing.min(),
                    existing == null ? null : existing.max(), e.getValue(), true);
        }
        Budget after = budget(id);
        audit.record(actor, "campaign.apply-plan", "campaign", id, before, Map.of("plan", planId, "budget", after));
        return after;
    }

    public Budget budget(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Campaign " + id));
    }

    public List<Budget> all() {
        return campaigns.all().stream().map(c -> view(c, campaigns.segments(c.id()))).toList();
    }

    public boolean exists(String id) {
        return campaigns.find(id).isPresent();
    }

    private Optional<Budget> find(String id) {
        return campaigns.find(id).map(c -> view(c, campaigns.segments(id)));
    }

    private static Budget view(CampaignRepository.Row c, List<CampaignRepository.SegmentRow> segments) {
        Currency currency = Currency.getInstance(c.currency());
        List<SegmentBudget> views = new ArrayList<>();
        BigDecimal campaignLeft = c.budget().subtract(c.spent()).max(BigDecimal.ZERO);
        for (CampaignRepository.SegmentRow s : segments) {
            BigDecimal left = s.allocated() == null ? campaignLeft
                    : s.allocated().subtract(s.spent()).max(BigDecimal.ZERO).min(campaignLeft);
            views.add(new SegmentBudget(s.segment(), format(s.min(), currency), format(s.max(), currency),
                    format(s.allocated(), currency), Money.format(s.spent(), currency), Money.format(left, currency)));
        }
        return new Budget(c.id(), c.name(), c.currency(), c.startsAt(), c.endsAt(), Money.format(c.budget(), currency),
                Money.format(c.spent(), currency), Money.format(campaignLeft, currency), views);
    }

    private static String format(BigDecimal value, Currency currency) {
        return value == null ? null : Money.format(value, currency);
    }

    private static BigDecimal money(String field, String text, Currency currency, List<FieldProblem> problems) {
        try {
            BigDecimal value = Money.parse(text, currency);
            if (value.signum() < 0) {
                problems.add(new FieldProblem(field, "must not be negative"));
                return null;
            }
            return value;
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }
}
