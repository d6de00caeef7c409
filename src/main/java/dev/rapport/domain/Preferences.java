package dev.rapport.domain;

import java.util.List;

/**
 * What a contact likes and avoids: free text ("grows orchids, prefers green tea") and short tags
 * ("loves flowers", "no alcohol") that a rep scans before a visit or a gift.
 *
 * @param version the version of the tags as read (decision 0014): a save names it, and is refused
 *     when the tags were saved elsewhere since; the text is saved with the contact and is not covered
 */
public record Preferences(long contactId, String text, List<String> tags, long version) {

    public Preferences {
        text = text == null ? "" : text.strip();
        tags = Tags.normalize(tags);
    }

    /** The same preferences at another version: the one a save returned, or the one read now. */
    public Preferences withVersion(long newVersion) {
        return new Preferences(contactId, text, tags, newVersion);
    }
}
