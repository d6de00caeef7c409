package dev.rapport.i18n;

import dev.rapport.domain.UpcomingDate;
import dev.rapport.domain.UpcomingKind;

/** How a line of the Today agenda reads, in the user's language: the same in the window and the CLI. */
public final class AgendaText {
    private AgendaText() {
    }

    /** "today", "tomorrow", "in 3 days". */
    public static String when(Messages msg, long daysUntil) {
        return msg.get("today.when", daysUntil);
    }

    /** Whose day it is and what it is: "Birthday of 李梅 (Spouse/partner of 王建国) · turns 46". */
    public static String what(Messages msg, UpcomingDate d) {
        if (d.kind() == UpcomingKind.BIRTHDAY) {
            String who = d.relation() == null ? d.personName()
                    : msg.get("today.familyOf", d.personName(), msg.of(d.relation()), d.contactName());
            String line = msg.get("today.birthday", who);
            return d.years() == null ? line : line + " · " + msg.get("today.age", d.years());
        }
        String line = msg.get("today.event", title(msg, d), d.personName());
        return d.years() == null ? line : line + " · " + msg.get("today.years", d.years());
    }

    /** An important date without whose it is, where the account is named beside it: "Partnership anniversary · 2 years". */
    public static String event(Messages msg, UpcomingDate d) {
        String line = title(msg, d);
        return d.years() == null ? line : line + " · " + msg.get("today.years", d.years());
    }

    private static String title(Messages msg, UpcomingDate d) {
        return d.title() == null || d.title().isEmpty() ? msg.of(d.dateKind()) : d.title();
    }
}
