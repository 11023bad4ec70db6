package io.promoplatform.web.audit;

import io.promoplatform.web.system.AdminPage;
import io.promoplatform.web.system.Flash;
import io.promoplatform.web.system.PageResponse;
import io.promoplatform.web.system.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's view of the trail: filtered pages newest first, each event's before/after as a field
 * diff, the CSV export with the same filters, and the hash chain's verdict on top.
 */
@AdminPage
class AuditPageController {

    /** Up to this many events the chain is verified on every page load (a few ms); above, on request. */
    static final long VERIFY_ON_LOAD_LIMIT = 20_000;
    static final int PAGE_SIZE = 25;

    private final AuditQueries queries;
    private final AuditVerifier verifier;
    private final AuditPageViews views;
    private final Flash messages;

    AuditPageController(AuditQueries queries, AuditVerifier verifier, AuditPageViews views, Flash messages) {
        this.queries = queries;
        this.verifier = verifier;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String trail(@ModelAttribute("filter") AuditPageFilter filter, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean verify, Model model) {
        long events = queries.head()[0];
        if (verify || events <= VERIFY_ON_LOAD_LIMIT) {
            model.addAttribute("verdict", verifier.verify());
        }
        model.addAttribute("chainLength", events);
        model.addAttribute("entityTypes", queries.entityTypes());
        model.addAttribute("actions", queries.actions());
        AuditPageFilter.Parsed parsed = filter.parse(messages);
        model.addAttribute("fieldErrors", parsed.errors());
        if (!parsed.errors().isEmpty()) {
            model.addAttribute("formError", messages.text("audit.filter.invalid"));
            model.addAttribute("events", new PageResponse<>(List.<AuditPageViews.EventRow>of(), 0, PAGE_SIZE, 0));
            return "audit/index";
        }
        int p = Math.max(page, 0);
        model.addAttribute("events", new PageResponse<>(
                queries.page(parsed.filter(), p, PAGE_SIZE).stream().map(views::row).toList(), p, PAGE_SIZE,
                queries.count(parsed.filter())));
        model.addAttribute("query", filter.query());
        return "audit/index";
    }

    @GetMapping("/audit/events/{id}")
    String event(@PathVariable long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("event", queries.find(id).map(views::row).orElse(null));
        model.addAttribute("verdict", verifier.verify());
        return "audit/event";
    }

    /** The same columns as the API's export, with the page's filters (the action filter included). */
    @GetMapping(value = "/audit/events.csv", produces = "text/csv")
    void csv(@ModelAttribute AuditPageFilter filter, HttpServletResponse response) throws IOException {
        AuditPageFilter.Parsed parsed = filter.parse(messages);
        if (!parsed.errors().isEmpty()) {
            throw new ProblemException(org.springframework.http.HttpStatus.BAD_REQUEST, "bad-filter",
                    messages.text("audit.filter.invalid"));
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-events.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        out.print("id,occurredAt,actor,action,entityType,entityId,before,after,prevHash,hash\r\n");
        queries.forEachInOrder(parsed.filter(), e -> out.print(String.join(",",
                Long.toString(e.id()), e.occurredAt().toString(), Csv.cell(e.actor()), Csv.cell(e.action()),
                Csv.cell(e.entityType()), Csv.cell(e.entityId()), Csv.cell(e.before()), Csv.cell(e.after()),
                e.prevHash(), e.hash()) + "\r\n"));
        out.flush();
    }
}
