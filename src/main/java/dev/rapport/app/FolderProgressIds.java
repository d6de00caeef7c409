package dev.rapport.app;

/** The node ids of the small window that says what the data folder's slow step is doing. */
public final class FolderProgressIds {
    public static final String BOX = "folderProgress";
    public static final String STEP = "folderStep";

    private FolderProgressIds() {
    }
}
