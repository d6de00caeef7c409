package dev.rapport.ui.pages;

import dev.rapport.app.FolderProgressIds;
import javafx.scene.Node;
import javafx.scene.Scene;

/** The small window that says what the data folder's slow step is doing, by the ids in {@link FolderProgressIds}. */
public final class FolderProgressPage {
    private FolderProgressPage() {
    }

    /** The step's line in a window's scene; null when that window is not the progress window. */
    public static Node stepIn(Scene scene) {
        return scene.lookup("#" + FolderProgressIds.STEP);
    }
}
