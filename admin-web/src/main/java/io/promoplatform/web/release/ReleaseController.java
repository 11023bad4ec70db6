package io.promoplatform.web.release;

import io.promoplatform.web.security.Actor;
import io.promoplatform.web.system.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/releases")
@Tag(name = "Releases", description = "What the engine runs: compiled, proven, activated atomically")
class ReleaseController {

    private final ReleaseService releases;

    ReleaseController(ReleaseService releases) {
        this.releases = releases;
    }

    record CreateRelease(String comment, List<String> ruleIds) {
    }

    @Operation(summary = "Compile exactly the approved current revisions of ruleIds (all approved rules when "
            + "absent) into release N+1 and activate it; 422 with every message on failure")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReleaseService.Created create(@RequestBody CreateRelease request) {
        return releases.create(request.comment(), request.ruleIds(), Actor.current());
    }

    @Operation(summary = "Roll back or forward to an existing release")
    @PostMapping("/{n}/activate")
    ReleaseService.ReleaseView activate(@PathVariable long n) {
        return releases.activate(n, Actor.current());
    }

    @GetMapping
    PageResponse<ReleaseService.ReleaseView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return releases.list(page, size);
    }

    @GetMapping("/{n}")
    ReleaseService.ReleaseView get(@PathVariable long n) {
        return releases.get(n);
    }

    @GetMapping("/{n}/diff/{m}")
    ReleaseService.ReleaseDiff diff(@PathVariable long n, @PathVariable long m) {
        return releases.diff(n, m);
    }
}
