package io.promoplatform.rules.guided;

public enum Stacking { STACKABLE, EXCLUSIVE }
