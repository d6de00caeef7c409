package dev.rapport.domain;

import java.util.Objects;

/**
 * The customer groups churn breaks accounts down by: tier, party type and industry. An exit keeps
 * the account's segment as it was when it left, so a later edit does not move the exit elsewhere.
 */
public record AccountSegment(Tier tier, PartyType partyType, String industry) {

    public AccountSegment {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(partyType, "partyType");
        industry = Text.trimToEmpty(industry);
    }

    /** The account's segment as it is now. */
    public static AccountSegment of(Account a) {
        return new AccountSegment(a.tier(), a.partyType(), a.industry());
    }
}
