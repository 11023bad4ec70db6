package io.promoplatform.rules.guided;

public enum RuleKind { PROMOTION, GUARD }
