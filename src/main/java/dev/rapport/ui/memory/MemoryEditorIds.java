package dev.rapport.ui.memory;

/** Node ids every memory editor shares (decision 0020): their Save button and the error line under a field. */
public final class MemoryEditorIds {
    public static final String SAVE = "memory-save";

    private MemoryEditorIds() {
    }

    /** The error line under the field whose problems are keyed {@code field}. */
    public static String error(String field) {
        return field + "-error";
    }
}
