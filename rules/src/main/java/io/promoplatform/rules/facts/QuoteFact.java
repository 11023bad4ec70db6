package io.promoplatform.rules.facts;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The quote as rules see it: read-only facts fixed before any rule fires (PRICING.md evaluates
 * quote-level conditions on the cart as priced at list). Getter names are the field names rules use.
 */
public final class QuoteFact {

    private final String segment;
    private final String channel;
    private final String storeId;
    private final String customerId;
    private final Set<String> customerTags;
    private final Set<String> couponCodes;
    private final long atEpochMillis;
    private final BigDecimal listSubtotal;
    private final long listSubtotalMinor;

    public QuoteFact(String segment, String channel, String storeId, String customerId, Set<String> customerTags,
            Set<String> couponCodes, long atEpochMillis, BigDecimal listSubtotal) {
        this.segment = segment;
        this.channel = channel;
        this.storeId = storeId;
        this.customerId = customerId;
        this.customerTags = Set.copyOf(customerTags);
        this.couponCodes = Set.copyOf(couponCodes);
        this.atEpochMillis = atEpochMillis;
        this.listSubtotal = listSubtotal;
        this.listSubtotalMinor = listSubtotal.movePointRight(listSubtotal.scale()).longValueExact();
    }

    public String getSegment() {
        return segment;
    }

    public String getChannel() {
        return channel;
    }

    public String getStoreId() {
        return storeId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public Set<String> getCustomerTags() {
        return customerTags;
    }

    public Set<String> getCouponCodes() {
        return couponCodes;
    }

    public long getAtEpochMillis() {
        return atEpochMillis;
    }

    public BigDecimal getListSubtotal() {
        return listSubtotal;
    }

    /** The list subtotal in minor units (cents), exact, for simple numeric comparisons in rules. */
    public long getListSubtotalMinor() {
        return listSubtotalMinor;
    }
}
