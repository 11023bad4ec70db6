package io.promoplatform.web.rule;

/** The life of a rule revision; a rule's state is its current revision's, or RETIRED. */
public enum RuleState { DRAFT, PENDING_APPROVAL, APPROVED, REJECTED, RETIRED }
