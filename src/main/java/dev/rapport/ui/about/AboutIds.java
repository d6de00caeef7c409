package dev.rapport.ui.about;

/** Node ids of the About dialog, shared with its tests (decision 0020). */
public final class AboutIds {
    public static final String VERSION = "about-version";
    public static final String NOTICES = "about-notices";

    private AboutIds() {
    }
}
