package dev.rapport.ui.settings;

/** The node ids of the Settings screen's own rows, shared with its tests' page object. */
public final class SettingsIds {
    public static final String LANGUAGE = "languageBox";
    public static final String RESTART_HINT = "restartHint";
    public static final String DATA_FOLDER = "dataFolderField";
    public static final String VERSION = "versionLabel";
    public static final String ABOUT = "aboutButton";

    private SettingsIds() {
    }
}
