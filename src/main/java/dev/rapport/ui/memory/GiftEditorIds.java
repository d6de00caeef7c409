package dev.rapport.ui.memory;

/** Node ids of the gift editor, shared with its tests (decision 0020). */
public final class GiftEditorIds {
    public static final String RECIPIENT = "gift-recipient";
    public static final String DATE = "gift-date";
    public static final String OCCASION = "gift-occasion";
    public static final String WHAT = "gift-what";
    public static final String REPEAT_WARNING = "gift-repeat-warning";
    public static final String COST = "gift-cost";
    public static final String GIVEN_BY = "gift-given-by";
    public static final String EARLIER = "gift-earlier";
    public static final String DATE_ERROR = MemoryEditorIds.error("givenOn");
    public static final String SAVE = MemoryEditorIds.SAVE;

    private GiftEditorIds() {
    }
}
