package dev.rapport.domain;

/** How the contact felt, as the rep judged it. */
public enum Sentiment {
    POSITIVE, NEUTRAL, NEGATIVE
}
