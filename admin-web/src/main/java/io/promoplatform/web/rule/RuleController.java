package io.promoplatform.web.rule;

import io.promoplatform.web.security.Actor;
import io.promoplatform.web.system.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/rules")
@Tag(name = "Rules", description = "Guided rules (PRICING.md) and raw DRL (ADMIN), with four-eyes approval")
class RuleController {

    private final RuleService rules;

    RuleController(RuleService rules) {
        this.rules = rules;
    }

    record Decision(String comment) {
    }

    @Operation(summary = "Create a rule (DRAFT, revision 1): a guided rule, or {name,kind,priority,drl} for ADMIN")
    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    RuleService.RuleStatus create(@RequestBody String body, Authentication auth) {
        return rules.create(body, Actor.current(), isAdmin(auth));
    }

    @Operation(summary = "A new revision (back to DRAFT)")
    @PutMapping(value = "/{id}", consumes = "application/json")
    RuleService.RuleStatus revise(@PathVariable String id, @RequestBody String body, Authentication auth) {
        return rules.revise(id, body, Actor.current(), isAdmin(auth));
    }

    @Operation(summary = "DRAFT to PENDING_APPROVAL")
    @PostMapping("/{id}/submit")
    RuleService.RuleStatus submit(@PathVariable String id) {
        return rules.submit(id, Actor.current());
    }

    @Operation(summary = "Approve someone else's submission")
    @PostMapping("/{id}/approve")
    RuleService.RuleStatus approve(@PathVariable String id, @RequestBody(required = false) Decision decision) {
        return rules.approve(id, decision == null ? null : decision.comment(), Actor.current());
    }

    @Operation(summary = "Reject someone else's submission (comment required)")
    @PostMapping("/{id}/reject")
    RuleService.RuleStatus reject(@PathVariable String id, @RequestBody(required = false) Decision decision) {
        return rules.reject(id, decision == null ? null : decision.comment(), Actor.current());
    }

    @PostMapping("/{id}/retire")
    RuleService.RuleStatus retire(@PathVariable String id) {
        return rules.retire(id, Actor.current());
    }

    @GetMapping
    PageResponse<RuleService.RuleView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) RuleState state, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return rules.list(q, state, page, size);
    }

    @GetMapping("/{id}")
    RuleService.RuleView get(@PathVariable String id) {
        return rules.get(id);
    }

    @Operation(summary = "Every revision with author, state changes, comment and the diff to the previous one")
    @GetMapping("/{id}/revisions")
    List<RuleService.RevisionView> revisions(@PathVariable String id) {
        return rules.revisions(id);
    }

    private static boolean isAdmin(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    }
}
