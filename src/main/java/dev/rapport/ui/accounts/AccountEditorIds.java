package dev.rapport.ui.accounts;

/** The node ids of the account editor, shared by the editor and the tests' page object. */
public final class AccountEditorIds {
    public static final String NAME = "nameField";
    public static final String NAME_ERROR = "nameError";
    public static final String PARTY_TYPE = "partyTypeBox";
    public static final String TIER = "tierBox";
    public static final String STAGE = "stageBox";
    public static final String LEVEL = "levelBox";
    public static final String RELATIONSHIP_TYPE = "relationshipTypeBox";
    public static final String OWNER = "ownerField";
    public static final String INDUSTRY = "industryField";
    public static final String TAGS = "tagsField";
    public static final String PHONE = "phoneField";
    public static final String PHONE_ERROR = "phoneError";
    public static final String WEBSITE = "websiteField";
    public static final String WEBSITE_ERROR = "websiteError";
    public static final String ADDRESS = "addressField";
    public static final String REVENUE = "revenueField";
    public static final String REVENUE_ERROR = "revenueError";
    public static final String MARGIN = "marginField";
    public static final String MARGIN_ERROR = "marginError";
    public static final String SHARE = "shareField";
    public static final String SHARE_ERROR = "shareError";
    public static final String SATISFACTION = "satisfactionBox";
    public static final String SATISFACTION_ERROR = "satisfactionError";
    public static final String NOTES = "notesArea";
    public static final String SAVE = "save-button";

    private AccountEditorIds() {
    }
}
