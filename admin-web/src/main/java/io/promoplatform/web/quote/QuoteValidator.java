package io.promoplatform.web.quote;

import io.promoplatform.web.system.ValidationProblem;
import io.promoplatform.web.system.ValidationProblem.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The contract's limits on a cart. Missing required parts are malformed requests (400); values outside
 * the limits are refused as business-rule violations (422).
 */
final class QuoteValidator {

    static final int MAX_LINES = 500;
    static final int MAX_QUANTITY = 9999;
    static final int MAX_COUPONS = 20;

    private QuoteValidator() {
    }

    static void check(QuoteRequest request) {
        List<FieldProblem> missing = new ArrayList<>();
        if (request.channel() == null) {
            missing.add(new FieldProblem("channel", "is required"));
        }
        if (request.lines() == null) {
            missing.add(new FieldProblem("lines", "is required"));
        } else {
            for (int i = 0; i < request.lines().size(); i++) {
                QuoteRequest.Line line = request.lines().get(i);
                if (line == null) {
                    missing.add(new FieldProblem("lines[" + i + "]", "must be an object"));
                    continue;
                }
                if (line.sku() == null) {
                    missing.add(new FieldProblem("lines[" + i + "].sku", "is required"));
                }
                if (line.quantity() == null) {
                    missing.add(new FieldProblem("lines[" + i + "].quantity", "is required"));
                }
            }
        }
        if (request.couponCodes() != null && request.couponCodes().contains(null)) {
            missing.add(new FieldProblem("couponCodes", "must not contain null"));
        }
        if (!missing.isEmpty()) {
            throw new ValidationProblem(HttpStatus.BAD_REQUEST, "Required fields are missing.", missing);
        }

        List<FieldProblem> invalid = new ArrayList<>();
        if (request.channel().isBlank() || request.channel().length() > 32) {
            invalid.add(new FieldProblem("channel", "must have 1 to 32 characters"));
        }
        int lines = request.lines().size();
        if (lines < 1 || lines > MAX_LINES) {
            invalid.add(new FieldProblem("lines", "must have 1 to " + MAX_LINES + " lines"));
        }
        for (int i = 0; i < Math.min(lines, MAX_LINES); i++) {
            QuoteRequest.Line line = request.lines().get(i);
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                invalid.add(new FieldProblem("lines[" + i + "].quantity", "must be between 1 and " + MAX_QUANTITY));
            }
            if (line.sku().isBlank() || line.sku().length() > 64) {
                invalid.add(new FieldProblem("lines[" + i + "].sku", "must have 1 to 64 characters"));
            }
        }
        if (request.couponCodes() != null) {
            if (request.couponCodes().size() > MAX_COUPONS) {
                invalid.add(new FieldProblem("couponCodes", "must have at most " + MAX_COUPONS + " codes"));
            }
            for (int i = 0; i < Math.min(request.couponCodes().size(), MAX_COUPONS); i++) {
                String code = request.couponCodes().get(i);
                if (code.isBlank() || code.length() > 64) {
                    invalid.add(new FieldProblem("couponCodes[" + i + "]", "must have 1 to 64 characters"));
                }
            }
        }
        if (request.customerId() != null && request.customerId().length() > 64) {
            invalid.add(new FieldProblem("customerId", "must have at most 64 characters"));
        }
        if (request.storeId() != null && request.storeId().length() > 64) {
            invalid.add(new FieldProblem("storeId", "must have at most 64 characters"));
        }
        if (!invalid.isEmpty()) {
            throw ValidationProblem.unprocessable(invalid);
        }
    }
}
