package dev.rapport.ui.accounts;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.ui.common.EditorSave;
import java.util.List;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Makes the person editor (the contacts screen's) for a person of the shown account; the accounts
 * screen shows it through the open editors, so a person is edited in one window at a time.
 */
@FunctionalInterface
public interface PersonEditorOpener {
    Dialog<Contact> editor(Window owner, Contact person, List<Account> accounts, EditorSave<Contact> save);
}
