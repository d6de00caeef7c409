package dev.rapport.ui.accounts;

/** The tabs of an account's page, in their order; each names its message key and node id. */
public enum AccountPageTab {
    OVERVIEW("account.page.overview"),
    PEOPLE("account.page.people"),
    LOG("account.page.log"),
    PLAN("account.page.plan"),
    VALUE("account.page.value");

    private final String messageKey;

    AccountPageTab(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The tab's node id, for the tests' page object. */
    public String id() {
        return "account-tab-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
