package dev.rapport.app;

/**
 * The node ids of the start's password dialog, shared with its tests' page object. The key
 * derivation's rows (working, failed) show in the first start's dialog too.
 */
public final class PasswordPromptIds {
    public static final String PASSWORD = "startPassword";
    public static final String WORKING = "passwordWorking";
    public static final String FAILED = "passwordFailed";

    private PasswordPromptIds() {
    }
}
