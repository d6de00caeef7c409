package dev.rapport.ui.contactlog;

/** The node ids of the contact log part of an account's detail, shared with its tests. */
public final class AccountContactLogIds {
    public static final String LAST_CONTACT = "account-last-contact";
    public static final String OPEN_COMPLAINTS = "account-open-complaints";

    private AccountContactLogIds() {
    }
}
