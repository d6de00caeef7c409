package dev.rapport.ui.retention;

/** Node ids of the account's value and health pane, shared with its tests (decision 0020). */
public final class AccountValueIds {
    public static final String ROOT = "account-value";
    public static final String REACTIVATE = "account-reactivate";
    public static final String EDIT_EXIT = "account-edit-exit";
    public static final String EXIT = "account-exit";
    public static final String LIFETIME_VALUE = "value-clv";
    public static final String RFM = "value-rfm";
    public static final String CUSTOMER_SINCE = "customer-since";
    public static final String HEALTH_SCORE = "health-score";
    public static final String MARK_AT_RISK = "mark-at-risk";

    private AccountValueIds() {
    }

    /** The button accepting the tier proposed on a basis ("revenue", "margin"): "accept-tier-revenue". */
    public static String acceptTier(String basis) {
        return "accept-tier-" + basis;
    }
}
