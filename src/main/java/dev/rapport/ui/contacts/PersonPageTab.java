package dev.rapport.ui.contacts;

/** The tabs of a person's page, in their order; each names its message key and node id. */
public enum PersonPageTab {
    OVERVIEW("account.page.overview"),
    MEMORY("person.page.memory"),
    LOG("account.page.log");

    private final String messageKey;

    PersonPageTab(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The tab's node id, for the tests' page object. */
    public String id() {
        return "person-tab-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
