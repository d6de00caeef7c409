package dev.rapport.domain;

/** The part a person plays in the account's buying decisions. */
public enum BuyingRole {
    DECISION_MAKER, INFLUENCER, USER, GATEKEEPER, CHAMPION
}
