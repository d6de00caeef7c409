package dev.rapport.ui.memory;

import dev.rapport.domain.Gift;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.UpcomingDate;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import java.util.List;

/** How memory things read on screen, in the user's language. Shared by the contact pane and Today. */
public final class MemoryText {
    private MemoryText() {
    }

    /** "today", "tomorrow", "in 3 days". */
    public static String when(Messages msg, long daysUntil) {
        return dev.rapport.i18n.AgendaText.when(msg, daysUntil);
    }

    /** What an important date is called: its title, else its kind. */
    public static String title(Messages msg, ImportantDate d) {
        return d.title().isEmpty() ? msg.of(d.kind()) : d.title();
    }

    /** One line of the Today view: whose day it is and what it is. */
    public static String what(Messages msg, UpcomingDate d) {
        return dev.rapport.i18n.AgendaText.what(msg, d);
    }

    /** A gift as one line: date, what, for whom, cost, given by. */
    public static String gift(Messages msg, Formats formats, Gift g) {
        StringBuilder s = new StringBuilder(formats.date(g.givenOn())).append("  ").append(g.what());
        if (!g.occasion().isEmpty()) {
            s.append(" (").append(g.occasion()).append(')');
        }
        if (!g.familyMemberName().isEmpty()) {
            s.append(" · ").append(msg.get("memory.gift.for", g.familyMemberName()));
        }
        if (g.cost() != null) {
            s.append(" · ").append(formats.money(g.cost()));
        }
        if (!g.givenBy().isEmpty()) {
            s.append(" · ").append(msg.get("memory.gift.by", g.givenBy()));
        }
        if (g.fromContactLog()) {
            s.append(" · ").append(msg.get("memory.gift.fromContactLog"));
        }
        return s.toString();
    }

    /** Every gift, one per line, or a sentence saying there are none. */
    public static String gifts(Messages msg, Formats formats, List<Gift> gifts) {
        if (gifts.isEmpty()) {
            return msg.get("memory.gifts.none");
        }
        StringBuilder s = new StringBuilder();
        for (Gift g : gifts) {
            s.append(gift(msg, formats, g)).append('\n');
        }
        return s.toString().strip();
    }
}
