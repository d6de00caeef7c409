package dev.rapport.domain.plan;

/** The four lists of a relationship SWOT (优势/劣势/机会/威胁). */
public enum SwotKind {
    STRENGTH, WEAKNESS, OPPORTUNITY, THREAT
}
