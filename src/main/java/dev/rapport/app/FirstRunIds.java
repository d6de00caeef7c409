package dev.rapport.app;

/** The node ids of the first start's dialog, shared with its tests' page object. */
public final class FirstRunIds {
    /** Each language's button is this and the language's tag: firstRunLanguage-zh-TW. */
    public static final String LANGUAGE_PREFIX = "firstRunLanguage-";
    public static final String PASSWORD = "firstRunPassword";
    public static final String REPEAT = "firstRunRepeat";
    public static final String PROBLEM = "firstRunProblem";
    public static final String ENCRYPT = "firstRunEncrypt";
    public static final String NOT_NOW = "firstRunNotNow";

    private FirstRunIds() {
    }

    public static String language(String tag) {
        return LANGUAGE_PREFIX + tag;
    }
}
