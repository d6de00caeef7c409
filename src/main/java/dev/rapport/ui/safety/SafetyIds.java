package dev.rapport.ui.safety;

/** The node ids of the Settings screen's backup and password block, shared with its tests' page object. */
public final class SafetyIds {
    public static final String FOLDER = "folderField";
    public static final String CHOOSE_FOLDER = "chooseFolderButton";
    public static final String TABLE = "backupTable";
    public static final String DATE_COLUMN = "dateColumn";
    public static final String SIZE_COLUMN = "sizeColumn";
    public static final String ACCOUNTS_COLUMN = "accountsColumn";
    public static final String CONTACTS_COLUMN = "contactsColumn";
    public static final String KIND_COLUMN = "kindColumn";
    public static final String BACKUP_NOW = "backupNowButton";
    public static final String RESTORE = "restoreButton";
    public static final String ENCRYPTION_STATE = "encryptionState";
    public static final String CURRENT_LABEL = "currentLabel";
    public static final String CURRENT = "currentField";
    public static final String CURRENT_ERROR = "currentError";
    public static final String NEW = "newField";
    public static final String NEW_ERROR = "newError";
    public static final String REPEAT = "repeatField";
    public static final String REPEAT_ERROR = "repeatError";
    public static final String SET_PASSWORD = "setPasswordButton";
    public static final String REMOVE_PASSWORD = "removePasswordButton";

    private SafetyIds() {
    }
}
