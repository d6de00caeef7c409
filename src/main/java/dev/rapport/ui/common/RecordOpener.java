package dev.rapport.ui.common;

/**
 * Opens a record from anywhere it is named (Today's lines, later search and Insights): the
 * account shown and selected on Accounts, its filters cleared so it is in the list. Made in
 * {@code app/UiWiring}; the record pages of issue 19 will open here instead.
 */
@FunctionalInterface
public interface RecordOpener {
    void openAccount(long accountId);
}
