package dev.rapport.ui.memory;

/** Node ids of the important date editor, shared with its tests (decision 0020). */
public final class ImportantDateEditorIds {
    public static final String KIND = "date-kind";
    public static final String TITLE = "date-title";
    public static final String DATE = "date-date";
    public static final String YEARLY = "date-yearly";
    public static final String TITLE_ERROR = MemoryEditorIds.error("title");
    public static final String DATE_ERROR = MemoryEditorIds.error("date");
    public static final String SAVE = MemoryEditorIds.SAVE;

    private ImportantDateEditorIds() {
    }
}
