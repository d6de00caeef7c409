package dev.rapport.domain;

/** The depth of the bond: financial is easiest to copy, structural the strongest. */
public enum RelationshipLevel {
    FINANCIAL(1), SOCIAL(2), STRUCTURAL(3);

    private final int rank;

    RelationshipLevel(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
