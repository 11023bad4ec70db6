package io.promoplatform.web.home;

import io.promoplatform.rules.Money;
import io.promoplatform.web.system.DbTime;
import io.promoplatform.web.system.PromoProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's numbers, each bounded so it stays cheap on a table of millions of quotes: every
 * quote query is a range on {@code quote.priced_at} (indexed) within at most 24 hours; the discount
 * sums read only the index {@code ix_quote_priced_discount} (V002). Top rules are counted from the
 * stored responses of the most recent {@value #TOP_RULES_SAMPLE} quotes of the last 24 hours (applied
 * rules for hits, line adjustments for discount): a bounded sample instead of a per-rule hit table
 * written on the quote path.
 */
@Repository
class DashboardQueries {

    static final int TOP_RULES_SAMPLE = 500;
    static final int TOP = 5;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Currency currency;

    DashboardQueries(JdbcClient jdbc, JsonMapper json, PromoProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.currency = Currency.getInstance(properties.currency());
    }

    /** Quotes priced in one minute (UTC), oldest first. */
    record Minute(String label, long quotes) {
    }

    /** The 60 minutes up to and including the current one. */
    List<Minute> quotesPerMinute(Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        Instant start = end.minus(60, ChronoUnit.MINUTES);
        Map<Integer, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT EXTRACT(HOUR FROM priced_at), EXTRACT(MINUTE FROM priced_at), COUNT(*) FROM quote
                WHERE priced_at >= :from AND priced_at < :to
                GROUP BY EXTRACT(HOUR FROM priced_at), EXTRACT(MINUTE FROM priced_at)""")
                .param("from", DbTime.of(start)).param("to", DbTime.of(end))
                .query(rs -> {
                    counts.put(rs.getInt(1) * 60 + rs.getInt(2), rs.getLong(3));
                });
        List<Minute> out = new ArrayList<>();
        for (Instant t = start; t.isBefore(end); t = t.plus(1, ChronoUnit.MINUTES)) {
            LocalTime time = LocalTime.ofInstant(t, ZoneOffset.UTC);
            out.add(new Minute(time.toString(), counts.getOrDefault(time.getHour() * 60 + time.getMinute(), 0L)));
        }
        return out;
    }

    /** Discount quoted in one currency: since midnight UTC and over the last 24 hours. */
    record Discount(String currency, long quotesToday, String today, long quotes24h, String last24h) {
    }

    List<Discount> discounts(Instant now) {
        Instant midnight = now.truncatedTo(ChronoUnit.DAYS);
        Instant dayAgo = now.minus(24, ChronoUnit.HOURS);
        return jdbc.sql("""
                SELECT currency,
                       SUM(CASE WHEN priced_at >= :midnight THEN 1 ELSE 0 END),
                       SUM(CASE WHEN priced_at >= :midnight THEN discount_total ELSE 0 END),
                       COUNT(*), SUM(discount_total)
                FROM quote WHERE priced_at >= :from AND priced_at <= :now
                GROUP BY currency ORDER BY currency""")
                .param("midnight", DbTime.of(midnight)).param("from", DbTime.of(dayAgo)).param("now", DbTime.of(now))
                .query((rs, n) -> {
                    Currency c = Currency.getInstance(rs.getString(1));
                    return new Discount(c.getCurrencyCode(), rs.getLong(2), money(rs.getBigDecimal(3), c),
                            rs.getLong(4), money(rs.getBigDecimal(5), c));
                })
                .list();
    }

    /** One rule's share of the sampled quotes: in how many it applied and how much discount it gave. */
    record RuleUse(String ruleId, String name, long hits, String discount, BigDecimal discountValue) {
    }

    /** Top rules by hits and by discount, and how many quotes the sample held. */
    record TopRules(int sampled, String currency, List<RuleUse> byHits, List<RuleUse> byDiscount) {
    }

    TopRules topRules(Instant now) {
        List<String> responses = jdbc.sql("""
                SELECT response_json FROM quote
                WHERE priced_at >= :from AND priced_at <= :now AND currency = :currency
                ORDER BY priced_at DESC LIMIT :limit""")
                .param("from", DbTime.of(now.minus(24, ChronoUnit.HOURS))).param("now", DbTime.of(now))
                .param("currency", currency.getCurrencyCode()).param("limit", TOP_RULES_SAMPLE)
                .query(String.class).list();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> hits = new HashMap<>();
        Map<String, BigDecimal> discount = new HashMap<>();
        for (String text : responses) {
            JsonNode response = json.readTree(text);
            for (JsonNode rule : response.path("appliedRules")) {
                String id = rule.path("ruleId").asString();
                names.putIfAbsent(id, rule.path("name").asString());
                hits.merge(id, 1L, Long::sum);
            }
            for (JsonNode line : response.path("lines")) {
                for (JsonNode adjustment : line.path("adjustments")) {
                    String id = adjustment.path("ruleId").asString();
                    names.putIfAbsent(id, adjustment.path("ruleName").asString());
                    discount.merge(id, new BigDecimal(adjustment.path("amount").asString("0")).negate(),
                            BigDecimal::add);
                }
            }
        }
        List<RuleUse> uses = names.entrySet().stream().map(e -> {
            BigDecimal given = discount.getOrDefault(e.getKey(), BigDecimal.ZERO);
            return new RuleUse(e.getKey(), e.getValue(), hits.getOrDefault(e.getKey(), 0L), money(given, currency),
                    given);
        }).toList();
        List<RuleUse> byHits = uses.stream().filter(u -> u.hits() > 0)
                .sorted(Comparator.comparingLong(RuleUse::hits).reversed().thenComparing(RuleUse::ruleId))
                .limit(TOP).toList();
        List<RuleUse> byDiscount = uses.stream().filter(u -> u.discountValue().signum() != 0)
                .sorted(Comparator.comparing(RuleUse::discountValue).reversed().thenComparing(RuleUse::ruleId))
                .limit(TOP).toList();
        return new TopRules(responses.size(), currency.getCurrencyCode(), byHits, byDiscount);
    }

    /** The price model quotes are priced with, when one is active. */
    record ActiveModel(String version, Instant createdAt) {
    }

    Optional<ActiveModel> activeModel() {
        return jdbc.sql("SELECT version, created_at FROM price_model WHERE active = TRUE ORDER BY created_at DESC")
                .query((rs, n) -> new ActiveModel(rs.getString(1), DbTime.toInstant(rs.getTimestamp(2))))
                .list().stream().findFirst();
    }

    private static String money(BigDecimal value, Currency currency) {
        return Money.format(value == null ? BigDecimal.ZERO : value, currency);
    }
}
