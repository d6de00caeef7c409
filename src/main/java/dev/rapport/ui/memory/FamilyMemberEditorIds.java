package dev.rapport.ui.memory;

/** Node ids of the family member editor, shared with its tests (decision 0020). */
public final class FamilyMemberEditorIds {
    public static final String RELATION = "family-relation";
    public static final String NAME = "family-name";
    public static final String MONTH = "family-month";
    public static final String DAY = "family-day";
    public static final String YEAR = "family-year";
    public static final String NOTES = "family-notes";
    public static final String NAME_ERROR = MemoryEditorIds.error("name");
    public static final String BIRTHDAY_ERROR = MemoryEditorIds.error("birthday");
    public static final String SAVE = MemoryEditorIds.SAVE;

    private FamilyMemberEditorIds() {
    }
}
