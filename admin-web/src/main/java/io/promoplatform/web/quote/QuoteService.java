package io.promoplatform.web.quote;

import io.promoplatform.engine.model.PriceModel;
import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingLine;
import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.engine.quote.QuoteEngine;
import io.promoplatform.engine.quote.Signals;
import io.promoplatform.engine.quote.Warning;
import io.promoplatform.engine.release.Release;
import io.promoplatform.engine.release.ReleaseRuntime;
import io.promoplatform.rules.Currencies;
import io.promoplatform.web.campaign.BudgetLedger;
import io.promoplatform.web.catalog.CatalogService;
import io.promoplatform.web.catalog.Customer;
import io.promoplatform.web.catalog.Product;
import io.promoplatform.web.catalog.Segment;
import io.promoplatform.web.catalog.Store;
import io.promoplatform.web.model.ModelRuntime;
import io.promoplatform.web.security.ApiKeyPrincipal;
import io.promoplatform.web.system.Ids;
import io.promoplatform.web.system.PromoProperties;
import io.promoplatform.web.system.ValidationProblem;
import io.promoplatform.web.system.ValidationProblem.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prices a storefront's cart: checks it, resolves the segment and catalog facts, lets the engine price
 * it with the active release, and stores the quote with its decision trace.
 */
@Service
public class QuoteService {

    private final CatalogService catalog;
    private final QuoteEngine engine;
    private final QuoteStore store;
    private final Ids ids;
    private final Clock clock;
    private final PromoProperties properties;
    private final BudgetLedger ledger;
    private final ModelRuntime models;
    private final ReleaseRuntime releases;
    private final ReleaseCampaigns campaigns = new ReleaseCampaigns();
    private final QuoteMetrics metrics;
    private final JsonMapper json;

    QuoteService(CatalogService catalog, QuoteEngine engine, QuoteStore store, Ids ids, Clock clock,
            PromoProperties properties, BudgetLedger ledger, ModelRuntime models, ReleaseRuntime releases,
            QuoteMetrics metrics, JsonMapper json) {
        this.json = json;
        this.releases = releases;
        this.metrics = metrics;
        this.ledger = ledger;
        this.models = models;
        this.catalog = catalog;
        this.engine = engine;
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * A checked cart, resolved against the catalog and the active price model (whose version is null
     * when no model is active), ready for any release to price.
     */
    public record Prepared(PricingInput input, String segmentSource, List<Warning> warnings, String modelVersion) {
    }

    /** A priced quote and its JSON exactly as answered and stored (serialised once). */
    public record Priced(QuoteResponse response, byte[] json) {
    }

    public Priced quote(QuoteRequest request, ApiKeyPrincipal key) {
        // read once: the release that prices the quote is the one whose campaigns decide the budget look-up
        Release release = releases.active();
        Prepared prepared = prepare(request, release);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String quoteId = ids.next("Q-");
        metrics.begin(quoteId);
        PricingResult result = engine.price(release, prepared.input());
        metrics.quoted(result);
        List<Warning> warnings = new ArrayList<>(prepared.warnings());
        warnings.addAll(result.warnings());
        Currency currency = prepared.input().currency();
        QuoteResponse response = QuoteViews.response(quoteId, now, now.plus(properties.quoteTtl()), currency,
                prepared.input().segment(), prepared.modelVersion(), result, warnings);
        QuoteTrace trace = QuoteTrace.of(prepared.input(), prepared.segmentSource(), result, prepared.modelVersion());
        byte[] json = this.json.writeValueAsBytes(response);
        store.save(new QuoteStore.StoredQuote(quoteId, now, now.plus(properties.quoteTtl()),
                key == null ? null : key.id(), request.customerId(), prepared.input().segment(), result.release(),
                prepared.modelVersion(),
                currency.getCurrencyCode(), result.listTotal(), result.discountTotal(), result.total(),
                new String(json, StandardCharsets.UTF_8), trace), spends(result, prepared.input().segment()));
        return new Priced(response, json);
    }

    /** What accepting the quote would spend, per campaign: the applied amounts of its rules. */
    private static List<BudgetLedger.Spend> spends(PricingResult result, String segment) {
        Map<String, java.math.BigDecimal> byCampaign = new java.util.TreeMap<>();
        result.lines().forEach(line -> line.adjustments().forEach(a -> {
            if (a.campaign() != null && a.amount().signum() != 0) {
                byCampaign.merge(a.campaign(), a.amount().negate(), java.math.BigDecimal::add);
            }
        }));
        return byCampaign.entrySet().stream().map(e -> new BudgetLedger.Spend(e.getKey(), segment, e.getValue()))
                .toList();
    }

    /** Prices a cart with a given release, storing nothing: for simulations. */
    public QuoteResponse simulate(QuoteRequest request, Release release) {
        Prepared prepared = prepare(request);
        PricingResult result = engine.price(release, prepared.input());
        List<Warning> warnings = new ArrayList<>(prepared.warnings());
        warnings.addAll(result.warnings());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return QuoteViews.response(null, now, now.plus(properties.quoteTtl()), prepared.input().currency(),
                prepared.input().segment(), prepared.modelVersion(), result, warnings);
    }

    public Prepared prepare(QuoteRequest request) {
        return prepare(request, null);
    }

    /** {@code release} null: budgets for whichever release will price it (simulations). */
    private Prepared prepare(QuoteRequest request, Release release) {
        QuoteValidator.check(request);
        Map<String, Product> products = catalog.productsBySku(
                request.lines().stream().map(QuoteRequest.Line::sku).collect(Collectors.toSet()));
        Currency currency = currency(request, products);
        List<Warning> warnings = new ArrayList<>();
        ResolvedSegment segment = resolveSegment(request, warnings);
        Instant at = request.at() == null ? clock.instant().truncatedTo(ChronoUnit.SECONDS) : request.at();
        // one model for the whole quote, even if another is activated meanwhile
        PriceModel model = models.active().orElse(null);
        List<PricingLine> lines = new ArrayList<>(request.lines().size());
        for (int i = 0; i < request.lines().size(); i++) {
            QuoteRequest.Line line = request.lines().get(i);
            Product product = products.get(line.sku());
            Signals signals = model == null ? null : model.signals().find(product.sku(), segment.id()).orElse(null);
            lines.add(new PricingLine(i + 1, product.sku(), line.quantity(), product.listPrice(), product.cost(),
                    product.brand(), product.category(), signals));
        }
        PricingInput input = new PricingInput(segment.id(), request.channel(), request.storeId(),
                request.customerId(), segment.customerTags(),
                request.couponCodes() == null ? List.of() : request.couponCodes(), at, currency, lines,
                release != null && !campaigns.spendsBudgets(release) ? Map.of()
                        : ledger.remaining(segment.id(), at, currency.getCurrencyCode()));
        return new Prepared(input, segment.source(), warnings, model == null ? null : model.version());
    }

    private static Currency currency(QuoteRequest request, Map<String, Product> products) {
        List<FieldProblem> problems = new ArrayList<>();
        Currency requested = null;
        if (request.currency() != null) {
            Optional<Currency> found = Currencies.find(request.currency());
            if (found.isEmpty()) {
                throw ValidationProblem.unprocessable("currency", "is not a known ISO 4217 currency code");
            }
            requested = found.get();
        }
        String quoteCurrency = requested == null ? null : requested.getCurrencyCode();
        for (int i = 0; i < request.lines().size(); i++) {
            Product product = products.get(request.lines().get(i).sku());
            if (product == null) {
                problems.add(new FieldProblem("lines[" + i + "].sku", "is not a known SKU"));
                continue;
            }
            if (quoteCurrency == null) {
                quoteCurrency = product.currency();
            } else if (!quoteCurrency.equals(product.currency())) {
                problems.add(new FieldProblem("lines[" + i + "].sku",
                        "is priced in " + product.currency() + ", not " + quoteCurrency));
            }
        }
        if (!problems.isEmpty()) {
            throw ValidationProblem.unprocessable(problems);
        }
        return Currency.getInstance(quoteCurrency);
    }

    /** The customer's segment, else the store's (the request's, then the customer's home store), else default. */
    private ResolvedSegment resolveSegment(QuoteRequest request, List<Warning> warnings) {
        Optional<Customer> customer = catalog.findCustomer(request.customerId());
        if (request.customerId() != null && customer.isEmpty()) {
            warnings.add(Warning.of("unknown-customer", "Customer " + request.customerId()
                    + " is not in the catalog; priced without customer facts."));
        }
        Optional<Store> store = catalog.findStore(request.storeId());
        if (request.storeId() != null && store.isEmpty()) {
            warnings.add(Warning.of("unknown-store", "Store " + request.storeId() + " is not in the catalog."));
        }
        Set<String> tags = customer.map(c -> c.tags().stream().map(Customer.CustomerTag::tag)
                .collect(Collectors.toSet())).orElse(Set.of());
        if (customer.isPresent() && customer.get().segmentId() != null) {
            return new ResolvedSegment(customer.get().segmentId(), "customer", tags);
        }
        if (store.isPresent() && store.get().segmentId() != null) {
            return new ResolvedSegment(store.get().segmentId(), "store", tags);
        }
        Optional<Store> home = customer.flatMap(c -> catalog.findStore(c.homeStoreId()));
        if (home.isPresent() && home.get().segmentId() != null) {
            return new ResolvedSegment(home.get().segmentId(), "home-store", tags);
        }
        return new ResolvedSegment(Segment.DEFAULT, "default", tags);
    }

    record ResolvedSegment(String id, String source, Set<String> customerTags) {
    }
}
