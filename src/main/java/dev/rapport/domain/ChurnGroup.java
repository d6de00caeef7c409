package dev.rapport.domain;

/** The customer groups churn is broken down by (流失率分布 by group); NONE is the whole portfolio. */
public enum ChurnGroup {
    NONE, TIER, PARTY_TYPE, INDUSTRY;

    /** The group an account falls in: an enum constant's name, or the industry as typed. */
    public String keyOf(ChurnSubject s) {
        return switch (this) {
            case NONE -> "";
            case TIER -> s.tier().name();
            case PARTY_TYPE -> s.partyType().name();
            case INDUSTRY -> s.industry();
        };
    }
}
