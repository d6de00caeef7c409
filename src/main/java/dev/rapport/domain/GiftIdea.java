package dev.rapport.domain;

/** Something a contact would like, noted for a coming occasion. */
public record GiftIdea(Long id, long contactId, String idea) {

    public GiftIdea {
        idea = Text.trimToEmpty(idea);
    }

    public static GiftIdea of(long contactId, String idea) {
        return new GiftIdea(null, contactId, idea);
    }
}
