package io.promoplatform.web.audit;

import io.promoplatform.web.system.PageResponse;
import io.promoplatform.web.system.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The tamper-evident trail of every change")
class AuditController {

    private final AuditQueries queries;
    private final AuditVerifier verifier;
    private final JsonMapper json;

    AuditController(AuditQueries queries, AuditVerifier verifier, JsonMapper json) {
        this.queries = queries;
        this.verifier = verifier;
        this.json = json;
    }

    record EventView(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
            JsonNode before, JsonNode after, String hash) {
    }

    record VerifyView(boolean ok, long events, Long firstBrokenEvent) {
    }

    @Operation(summary = "Audit events, newest first; entity is a type (rule) or type:id (product:OJ-DOM-64)")
    @GetMapping("/events")
    PageResponse<EventView> events(@RequestParam(required = false) String entity,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        AuditQueries.Filter filter = new AuditQueries.Filter(entity, actor, from, to);
        return new PageResponse<>(queries.page(filter, page, size).stream().map(this::view).toList(), page, size,
                queries.count(filter));
    }

    @Operation(summary = "Verify the hash chain over every event")
    @GetMapping("/verify")
    VerifyView verify() {
        AuditVerifier.Verdict verdict = verifier.verify();
        return new VerifyView(verdict.ok(), verdict.events(), verdict.firstBrokenEvent());
    }

    @Operation(summary = "All events matching the filters as CSV, oldest first")
    @GetMapping(value = "/events.csv", produces = "text/csv")
    void csv(@RequestParam(required = false) String entity, @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-events.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        out.print("id,occurredAt,actor,action,entityType,entityId,before,after,prevHash,hash\r\n");
        queries.forEachInOrder(new AuditQueries.Filter(entity, actor, from, to), e -> out.print(String.join(",",
                Long.toString(e.id()), e.occurredAt().toString(), Csv.cell(e.actor()), Csv.cell(e.action()),
                Csv.cell(e.entityType()), Csv.cell(e.entityId()), Csv.cell(e.before()), Csv.cell(e.after()),
                e.prevHash(), e.hash()) + "\r\n"));
        out.flush();
    }

    private EventView view(AuditEvent e) {
        return new EventView(e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
                e.before() == null ? null : json.readTree(e.before()),
                e.after() == null ? null : json.readTree(e.after()), e.hash());
    }
}
