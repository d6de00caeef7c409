package dev.rapport.ui.memory;

/** Node ids of the contact's memory pane, shared with its tests (decision 0020). */
public final class ContactMemoryIds {
    public static final String ROOT = "contact-memory";
    public static final String TABS = "memory-tabs";
    public static final String TAB_FAMILY = "tab-family";
    public static final String TAB_DATES = "tab-dates";
    public static final String TAB_PREFERENCES = "tab-preferences";
    public static final String TAB_GIFTS = "tab-gifts";
    /** The prefixes of each list's ids: "family-list", "family-add", "family-edit", "family-delete". */
    public static final String FAMILY = "family";
    public static final String DATE = "date";
    public static final String GIFT = "gift";
    public static final String IDEA = "idea";
    public static final String PREFS_TEXT = "prefs-text";
    public static final String PREFS_TAGS = "prefs-tags";
    public static final String PREFS_SAVE = "prefs-save";
    public static final String IDEA_FIELD = "idea-field";
    public static final String IDEA_ADD = "idea-add";
    public static final String IDEA_GIVE = "idea-give";
    public static final String IDEA_DELETE = "idea-delete";

    private ContactMemoryIds() {
    }

    /** The list of a kind of row: {@code list(FAMILY)} is "family-list". */
    public static String list(String prefix) {
        return prefix + "-list";
    }

    public static String add(String prefix) {
        return prefix + "-add";
    }

    public static String edit(String prefix) {
        return prefix + "-edit";
    }

    public static String delete(String prefix) {
        return prefix + "-delete";
    }
}
