package io.promoplatform.engine.quote;

/** A non-fatal remark on a quote, e.g. {@code budget-limited} for a campaign or {@code rules-aborted}. */
public record Warning(String code, String campaign, String message) {

    public static Warning of(String code, String message) {
        return new Warning(code, null, message);
    }
}
