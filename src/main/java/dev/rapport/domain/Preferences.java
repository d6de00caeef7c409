package dev.rapport.domain;

import java.util.List;

/**
 * What a contact likes and avoids: free text ("grows orchids, prefers green tea") and short tags
 * ("loves flowers", "no alcohol") that a rep scans before a visit or a gift.
 */
public record Preferences(long contactId, String text, List<String> tags) {

    public Preferences {
        text = text == null ? "" : text.strip();
        tags = Tags.normalize(tags);
    }
}
