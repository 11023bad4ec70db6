package io.promoplatform.web.quote;

import io.promoplatform.web.system.AdminPage;
import io.promoplatform.web.system.Flash;
import io.promoplatform.web.system.PageResponse;
import io.promoplatform.web.system.ProblemException;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The quote explorer: find stored quotes, then read one quote's decision trace. */
@AdminPage
class QuotePageController {

    static final int PAGE_SIZE = 25;

    private final QuoteStore store;
    private final QuotePageViews views;
    private final Flash messages;

    QuotePageController(QuoteStore store, QuotePageViews views, Flash messages) {
        this.store = store;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/quotes")
    String explorer(@ModelAttribute("filter") QuotePageFilter filter, @RequestParam(defaultValue = "0") int page,
            Model model) {
        QuotePageFilter.Parsed parsed = filter.parse(messages);
        model.addAttribute("fieldErrors", parsed.errors());
        model.addAttribute("query", filter.query());
        if (parsed.quoteId() != null && parsed.errors().isEmpty()) {
            if (store.summary(parsed.quoteId()).isPresent()) {
                return "redirect:/quotes/" + java.net.URLEncoder.encode(parsed.quoteId(),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
            parsed.errors().put("quoteId", List.of(messages.text("quotes.filter.quoteId.unknown")));
        }
        if (!parsed.errors().isEmpty()) {
            model.addAttribute("formError", messages.text("quotes.filter.invalid"));
            model.addAttribute("quotes", new PageResponse<>(List.<QuotePageViews.Row>of(), 0, PAGE_SIZE, 0));
            return "quotes/index";
        }
        int p = Math.max(page, 0);
        model.addAttribute("quotes", new PageResponse<>(store.search(parsed.search(), p, PAGE_SIZE).stream()
                .map(QuotePageViews::row).toList(), p, PAGE_SIZE, store.count(parsed.search())));
        return "quotes/index";
    }

    @GetMapping("/quotes/{id}")
    String quote(@PathVariable String id, Model model) {
        QuoteStore.Summary summary = store.summary(id).orElseThrow(() -> ProblemException.notFound("Quote " + id));
        QuoteStore.StoredDocument doc = store.find(id).orElseThrow(() -> ProblemException.notFound("Quote " + id));
        model.addAttribute("q", views.trace(summary, doc, store.acceptedAt(id).orElse(null)));
        return "quotes/trace";
    }
}
