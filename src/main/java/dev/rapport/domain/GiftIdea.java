package dev.rapport.domain;

/** Something a contact would like, noted for a coming occasion. */
public record GiftIdea(Long id, long contactId, String idea,
        long version) {

    public GiftIdea {
        idea = Text.trimToEmpty(idea);
    }

    public static GiftIdea of(long contactId, String idea) {
        return new GiftIdea(null, contactId, idea, 0L);
    }

    /** The same idea as stored at another row version (0 when not saved): a save or delete names it. */
    public GiftIdea withVersion(long newVersion) {
        return new GiftIdea(id, contactId, idea, newVersion);
    }
}
