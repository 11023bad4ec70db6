package io.promoplatform.web.campaign;

import io.promoplatform.web.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Plans", description = "OptaPlanner budget allocation jobs")
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    @Operation(summary = "Start an allocation job for the campaign's budget: 202 {planId}")
    @PostMapping("/api/v1/admin/campaigns/{id}/plans")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> start(@PathVariable String id, @RequestBody PlanService.PlanRequest request) {
        return Map.of("planId", plans.start(id, request, Actor.current()));
    }

    @Operation(summary = "SOLVING, DONE or FAILED; best score so far, elapsed, allocation, exact optimum if separable")
    @GetMapping("/api/v1/admin/plans/{planId}")
    PlanService.PlanView get(@PathVariable String planId) {
        return plans.get(planId);
    }

    @Operation(summary = "The allocation becomes the campaign's segment budgets (audited)")
    @PostMapping("/api/v1/admin/plans/{planId}/apply")
    PlanService.PlanView apply(@PathVariable String planId) {
        return plans.apply(planId, Actor.current());
    }
}
