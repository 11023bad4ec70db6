package io.promoplatform.web.rule;

/** How a rule is written: the guided JSON of PRICING.md, or raw DRL (ADMIN only). */
public enum RuleFormat { GUIDED, DRL }
