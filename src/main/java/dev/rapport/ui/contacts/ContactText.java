package dev.rapport.ui.contacts;

import dev.rapport.domain.Contact;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;

/** How a person is summed up in one or two lines of a list. */
public final class ContactText {
    private ContactText() {
    }

    public static String nameLine(Contact c, Messages msg) {
        StringBuilder sb = new StringBuilder(c.name());
        if (!c.title().isEmpty()) {
            sb.append(" · ").append(c.title());
        }
        if (c.leftAccount()) {
            sb.append("  (").append(msg.get("contact.hasLeft")).append(')');
        }
        return sb.toString();
    }

    public static String detailLine(Contact c, Messages msg, Formats formats) {
        List<String> parts = new ArrayList<>();
        if (c.buyingRole() != null) {
            parts.add(msg.of(c.buyingRole()));
        }
        if (!c.primaryPhone().isEmpty()) {
            parts.add(c.primaryPhone());
        }
        if (!c.primaryEmail().isEmpty()) {
            parts.add(c.primaryEmail());
        }
        if (c.birthday() != null) {
            parts.add(msg.get("contact.birthdayShort", formats.birthday(c.birthday())));
        }
        return String.join("  ·  ", parts);
    }
}
