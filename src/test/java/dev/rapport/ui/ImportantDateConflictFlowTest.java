package dev.rapport.ui;

import dev.rapport.ui.memory.ContactMemoryIds;
import dev.rapport.ui.memory.ImportantDateEditorIds;
import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.DateKind;
import dev.rapport.domain.ImportantDate;
import java.time.LocalDate;

/** Issue 17 in the important date editor (see {@link EditorConflictFlowContract}). */
class ImportantDateConflictFlowTest extends EditorConflictFlowContract {
    private ImportantDate date;

    ImportantDateConflictFlowTest() {
        super(ImportantDateEditorIds.TITLE, "memory.date.title", ImportantDateEditorIds.SAVE, "入职十周年 Ten years", "Joined in Shanghai");
    }

    @Override
    protected void openTheEditorOfAStoredRecord() {
        Account account = app.context.accounts().save(Account.named("Fabrikam Foods"));
        Contact chen = app.context.contacts().save(Contact.named("陈静", account.id()));
        date = app.context.memory().save(ImportantDate.ofContact(chen.id(), DateKind.WORK_ANNIVERSARY, "Joined",
                LocalDate.of(2016, 3, 8), true));
        editTheFirstRowOnTheMemoryTab(ContactMemoryIds.TAB_DATES, ContactMemoryIds.DATE);
    }

    private ImportantDate current() {
        return app.context.memory().findDate(date.id()).orElseThrow();
    }

    @Override
    protected void changeElsewhere(String text) {
        ImportantDate d = current();
        app.context.memory().save(new ImportantDate(d.id(), d.contactId(), d.accountId(), d.kind(), text, d.date(),
                d.yearly(), d.version()));
    }

    @Override
    protected void deleteElsewhere() {
        app.context.memory().deleteDate(current());
    }

    @Override
    protected String stored() {
        return current().title();
    }
}
