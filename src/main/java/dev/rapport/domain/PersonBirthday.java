package dev.rapport.domain;

/**
 * A birthday with whose it is: the contact's own (familyMemberId null) or a family member's,
 * with the contact and account it belongs to. What the Today view is built from.
 */
public record PersonBirthday(long contactId, String contactName, long accountId, String accountName,
        Long familyMemberId, Relation relation, String familyName, Birthday birthday) {

    /** The person whose birthday it is. */
    public String personName() {
        return familyMemberId == null ? contactName : familyName;
    }
}
