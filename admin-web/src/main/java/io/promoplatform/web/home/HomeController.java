package io.promoplatform.web.home;

import io.promoplatform.web.campaign.CampaignService;
import io.promoplatform.web.release.ReleaseService;
import io.promoplatform.web.system.AdminPage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sign-in page and the dashboard: what runs (active release, price model), what it does (quotes
 * per minute, discount given, top rules, budget burn) and what the signed-in person can do next.
 */
@AdminPage
class HomeController {

    static final int CAMPAIGNS_SHOWN = 10;

    private final DashboardQueries dashboard;
    private final ReleaseService releases;
    private final CampaignService campaigns;
    private final Clock clock;
    private final JsonMapper json;

    HomeController(DashboardQueries dashboard, ReleaseService releases, CampaignService campaigns, Clock clock,
            JsonMapper json) {
        this.dashboard = dashboard;
        this.releases = releases;
        this.campaigns = campaigns;
        this.clock = clock;
        this.json = json;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** One campaign's budget burn: spent of budget, as a percentage for the bar. */
    record Burn(String id, String name, String currency, String spent, String budget, String remaining,
            int percent) {
    }

    @GetMapping("/")
    String home(Model model) {
        Instant now = clock.instant();
        ReleaseService.Activation activation = releases.activation();
        model.addAttribute("activation", activation);
        model.addAttribute("activeRelease", releases.get(activation.release()));
        List<DashboardQueries.Minute> minutes = dashboard.quotesPerMinute(now);
        // for a <script type="application/json"> block: no '<' can close it early
        model.addAttribute("minutesJson", json.writeValueAsString(minutes).replace("<", "\\u003c"));
        model.addAttribute("quotesLastHour", minutes.stream().mapToLong(DashboardQueries.Minute::quotes).sum());
        model.addAttribute("discounts", dashboard.discounts(now));
        model.addAttribute("topRules", dashboard.topRules(now));
        model.addAttribute("burns", burns());
        model.addAttribute("priceModel", dashboard.activeModel().orElse(null));
        model.addAttribute("now", now);
        return "home/index";
    }

    private List<Burn> burns() {
        return campaigns.all().stream().map(b -> {
            BigDecimal budget = new BigDecimal(b.budget());
            BigDecimal spent = new BigDecimal(b.spent());
            int percent = budget.signum() == 0 ? 0
                    : spent.multiply(BigDecimal.valueOf(100)).divide(budget, 0, RoundingMode.HALF_UP).intValue();
            return new Burn(b.campaign(), b.name(), b.currency(), b.spent(), b.budget(), b.remaining(),
                    Math.min(percent, 100));
        }).sorted(Comparator.comparingInt(Burn::percent).reversed().thenComparing(Burn::id))
                .limit(CAMPAIGNS_SHOWN).toList();
    }
}
