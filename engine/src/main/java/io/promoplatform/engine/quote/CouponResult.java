package io.promoplatform.engine.quote;

/** What happened to a coupon code of the request. */
public record CouponResult(String code, CouponStatus status) {

    public enum CouponStatus { APPLIED, UNKNOWN, NOT_APPLICABLE, EXPIRED, LIMIT_REACHED }
}
