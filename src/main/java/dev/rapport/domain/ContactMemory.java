package dev.rapport.domain;

import java.util.List;

/** Everything remembered about one contact beyond the form: family, dates, preferences, gifts, ideas. */
public record ContactMemory(long contactId, List<FamilyMember> family, List<ImportantDate> dates,
        Preferences preferences, List<Gift> gifts, List<GiftIdea> ideas) {

    public ContactMemory {
        family = List.copyOf(family);
        dates = List.copyOf(dates);
        gifts = List.copyOf(gifts);
        ideas = List.copyOf(ideas);
    }
}
