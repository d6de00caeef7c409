package dev.rapport.domain;

/** The six markets of relationship marketing: who the account is to us. */
public enum PartyType {
    CUSTOMER, DISTRIBUTOR, SUPPLIER, COMPETITOR_PARTNER, GOVERNMENT, INFLUENCER
}
