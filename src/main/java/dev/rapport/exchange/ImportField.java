package dev.rapport.exchange;

/**
 * What a column of an imported file holds. A person's fields and an account's fields can share
 * one row (Outlook and Google put the company on the person's row).
 */
public enum ImportField {
    IGNORE(false),
    ACCOUNT(false),
    PARTY_TYPE(false),
    TIER(false),
    STAGE(false),
    LEVEL(false),
    RELATIONSHIP_TYPE(false),
    INDUSTRY(false),
    ACCOUNT_ADDRESS(false),
    ACCOUNT_PHONE(false),
    WEBSITE(false),
    ANNUAL_REVENUE(false),
    GROSS_MARGIN(false),
    SHARE_OF_WALLET(false),
    SATISFACTION(false),
    OWNER(false),
    TAGS(false),
    ACCOUNT_NOTES(false),
    NAME(true),
    FIRST_NAME(true),
    MIDDLE_NAME(true),
    LAST_NAME(true),
    TITLE(true),
    DEPARTMENT(true),
    BUYING_ROLE(true),
    PHONE_WORK(true),
    PHONE_MOBILE(true),
    PHONE_HOME(true),
    PHONE_OTHER(true),
    /** A phone whose kind is in a label column beside it (Google's "Phone 1 - Label"). */
    PHONE_LABELLED(true),
    EMAIL_WORK(true),
    EMAIL_HOME(true),
    EMAIL_OTHER(true),
    EMAIL_LABELLED(true),
    ADDRESS(true),
    STREET(true),
    CITY(true),
    REGION(true),
    POSTCODE(true),
    COUNTRY(true),
    PREFERRED_CHANNEL(true),
    BIRTHDAY(true),
    INTERESTS(true),
    NOTES(true),
    LEFT_ACCOUNT(true),
    LEFT_ON(true);

    private final boolean person;

    ImportField(boolean person) {
        this.person = person;
    }

    /** Whether the field belongs to a person rather than to their account. */
    public boolean isPerson() {
        return person;
    }

    /** Whether the column may appear more than once (several phones or e-mail addresses). */
    public boolean repeatable() {
        return name().startsWith("PHONE_") || name().startsWith("EMAIL_") || this == IGNORE;
    }
}
