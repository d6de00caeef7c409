package dev.rapport.domain;

import java.util.Arrays;
import java.util.List;

/** What a timeline shows: one channel or all (null), and words that must all appear in the text. */
public record TimelineFilter(InteractionChannel channel, String search) {
    public static final TimelineFilter ALL = new TimelineFilter(null, "");

    public TimelineFilter {
        search = Text.trimToEmpty(search);
    }

    /** The search split into folded words (full-width and accents folded like the lists' search). */
    public List<String> words() {
        String folded = Text.fold(search);
        return folded.isBlank() ? List.of() : Arrays.asList(folded.strip().split("\\s+"));
    }
}
