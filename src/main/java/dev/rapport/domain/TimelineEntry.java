package dev.rapport.domain;

import java.util.List;

/** An interaction as a timeline shows it: with its account's and people's names. */
public record TimelineEntry(Interaction interaction, String accountName, List<String> contactNames) {
    public TimelineEntry {
        contactNames = List.copyOf(contactNames);
    }
}
