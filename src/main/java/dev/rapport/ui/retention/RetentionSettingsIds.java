package dev.rapport.ui.retention;

/** Node ids of the customer value settings block, shared with its tests (decision 0020). */
public final class RetentionSettingsIds {
    public static final String DISCOUNT_RATE = "retention-discount-rate";
    public static final String HORIZON = "retention-horizon";
    public static final String SAVE = "retention-settings-save";

    private RetentionSettingsIds() {
    }
}
