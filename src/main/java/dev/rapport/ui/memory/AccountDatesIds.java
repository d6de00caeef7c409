package dev.rapport.ui.memory;

/** Node ids of the account detail's important dates, shared with its tests (decision 0020). */
public final class AccountDatesIds {
    public static final String ADD = "account-date-add";
    public static final String LIST = "account-dates";

    private AccountDatesIds() {
    }
}
