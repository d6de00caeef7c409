package dev.rapport.ui.today;

/** The node ids of Today's getting-started card, shared by the view and its tests. */
public final class GettingStartedIds {
    public static final String CARD = "gettingStarted";
    public static final String NEW_ACCOUNT = "gettingStartedNewAccount";
    public static final String IMPORT = "gettingStartedImport";
    public static final String SAMPLE_DATA = "gettingStartedSampleData";

    private GettingStartedIds() {
    }
}
