package io.promoplatform.web.campaign;

import io.promoplatform.web.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/campaigns")
@Tag(name = "Campaigns", description = "Discount budgets per campaign and segment")
class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Operation(summary = "Create or replace a campaign; segments: {\"<segment>\": {\"min\",\"max\",\"allocated\"?}}")
    @PutMapping("/{id}")
    CampaignService.Budget put(@PathVariable String id, @RequestBody CampaignService.CampaignRequest request) {
        return campaigns.put(id, request, Actor.current());
    }

    @GetMapping
    List<CampaignService.Budget> all() {
        return campaigns.all();
    }

    @Operation(summary = "Total and per segment: allocated, spent, remaining")
    @GetMapping({"/{id}", "/{id}/budget"})
    CampaignService.Budget budget(@PathVariable String id) {
        return campaigns.budget(id);
    }
}
