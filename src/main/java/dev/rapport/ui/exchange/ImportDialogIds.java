package dev.rapport.ui.exchange;

/** The node ids of the import preview, shared by the dialog and the tests' page object. */
public final class ImportDialogIds {
    public static final String SKIP = "import-skip";
    public static final String MERGE = "import-merge";
    public static final String DEFAULT_ACCOUNT = "import-default-account";
    public static final String REPORT = "import-report";
    public static final String PROBLEMS = "import-problems";
    public static final String CHARSET = "import-charset";
    public static final String SEPARATOR = "import-separator";
    public static final String DATE_ORDER = "import-date-order";
    public static final String PREVIEW = "import-preview";
    public static final String CARDS = "import-cards";

    private ImportDialogIds() {
    }

    /** The field choice above column i (from 0) of a CSV preview. */
    public static String field(int column) {
        return "import-field-" + column;
    }
}
