package io.promoplatform.web.rule;

import io.promoplatform.web.catalog.Customer;
import io.promoplatform.web.catalog.Product;
import io.promoplatform.web.quote.QuoteRequest;
import io.promoplatform.web.system.ValidationProblem.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The preview cart on a rule's page: who buys (a customer, or a segment that stands for one of its
 * customers), where, through which channel, with which coupon, and up to {@link #ROWS} lines.
 */
public class PreviewForm {

    static final int ROWS = 5;

    private String customerId = "";
    private String segment = "";
    private String storeId = "";
    private String channel = "web";
    private String couponCode = "";
    private List<LineRow> lines = new ArrayList<>();

    public static class LineRow {
        private String sku = "";
        private String quantity = "";

        public LineRow() {
        }

        LineRow(String sku, String quantity) {
            this.sku = sku;
            this.quantity = quantity;
        }

        public String getSku() { return sku; }
        public void setSku(String sku) { this.sku = sku; }
        public String getQuantity() { return quantity; }
        public void setQuantity(String quantity) { this.quantity = quantity; }
    }

    /** A cart prefilled with the first sample products, two of each, so a preview is one click away. */
    static PreviewForm sample(List<Product> products) {
        PreviewForm form = new PreviewForm();
        for (int i = 0; i < ROWS; i++) {
            form.lines.add(i < 3 && i < products.size() ? new LineRow(products.get(i).sku(), "2") : new LineRow());
        }
        return form;
    }

    void padRows() {
        while (lines.size() < ROWS) {
            lines.add(new LineRow());
        }
    }

    /** The customer the segment stands for when no customer is given; null when none is needed or known. */
    String customerFor(List<Customer> customers) {
        if (!blank(customerId) || blank(segment)) {
            return blank(customerId) ? null : customerId.strip();
        }
        return customers.stream().filter(c -> segment.equals(c.segmentId())).map(Customer::id).findFirst()
                .orElse(null);
    }

    /**
     * The quote request, or the problems of rows whose quantity is not a whole number. {@code sentRows}
     * receives, for each line sent, the form row it came from (service errors name sent lines).
     */
    QuoteRequest toRequest(String customer, List<FieldProblem> problems, List<Integer> sentRows,
            String quantityMessage) {
        List<QuoteRequest.Line> sent = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineRow row = lines.get(i);
            if (blank(row.sku) && blank(row.quantity)) {
                continue;
            }
            Integer quantity = null;
            if (row.quantity != null && row.quantity.strip().matches("\\d{1,4}")) {
                quantity = Integer.parseInt(row.quantity.strip());
            } else {
                problems.add(new FieldProblem("lines[" + i + "].quantity", quantityMessage));
            }
            sent.add(new QuoteRequest.Line(blank(row.sku) ? null : row.sku.strip(), quantity));
            sentRows.add(i);
        }
        return new QuoteRequest(customer, blank(storeId) ? null : storeId.strip(),
                blank(channel) ? null : channel.strip(), null,
                blank(couponCode) ? null : List.of(couponCode.strip()), null, sent);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public String getSegment() { return segment; }
    public void setSegment(String segment) { this.segment = segment; }
    public String getStoreId() { return storeId; }
    public void setStoreId(String storeId) { this.storeId = storeId; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getCouponCode() { return couponCode; }
    public void setCouponCode(String couponCode) { this.couponCode = couponCode; }
    public List<LineRow> getLines() { return lines; }
    public void setLines(List<LineRow> lines) { this.lines = lines; }
}
