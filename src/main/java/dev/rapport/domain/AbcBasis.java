package dev.rapport.domain;

/** What an ABC proposal ranks accounts by: annual revenue or the margin it brings. */
public enum AbcBasis {
    REVENUE, MARGIN
}
