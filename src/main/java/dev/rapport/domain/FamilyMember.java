package dev.rapport.domain;

/**
 * Someone in a contact's family whose birthday the rep remembers: "their spouse's and their
 * children's birthdays". An id of null means not saved yet; the birthday may be unknown.
 */
public record FamilyMember(Long id, long contactId, Relation relation, String name, Birthday birthday,
        String notes,
        long version) {

    public FamilyMember {
        relation = relation == null ? Relation.OTHER : relation;
        name = Text.trimToEmpty(name);
        notes = Text.trimToEmpty(notes);
    }

    public static FamilyMember of(long contactId, Relation relation, String name, Birthday birthday) {
        return new FamilyMember(null, contactId, relation, name, birthday, "", 0L);
    }

    public boolean isNew() {
        return id == null;
    }

    public FamilyMember withId(long newId) {
        return new FamilyMember(newId, contactId, relation, name, birthday, notes, version);
    }

    /** The same family member as stored at another row version (0 when not saved): a save or delete names it. */
    public FamilyMember withVersion(long newVersion) {
        return new FamilyMember(id, contactId, relation, name, birthday, notes, newVersion);
    }
}
