package dev.rapport.ui;

import dev.rapport.ui.memory.ContactMemoryIds;
import dev.rapport.ui.memory.FamilyMemberEditorIds;
import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Relation;

/** Issue 17 in the family member editor (see {@link EditorConflictFlowContract}). */
class FamilyMemberConflictFlowTest extends EditorConflictFlowContract {
    private FamilyMember member;

    FamilyMemberConflictFlowTest() {
        super(FamilyMemberEditorIds.NAME, "memory.family.name", FamilyMemberEditorIds.SAVE, "陈小雨", "Chen Xiaoyu");
    }

    @Override
    protected void openTheEditorOfAStoredRecord() {
        Account account = app.context.accounts().save(Account.named("Fabrikam Foods"));
        Contact chen = app.context.contacts().save(Contact.named("陈静", account.id()));
        member = app.context.memory().save(FamilyMember.of(chen.id(), Relation.CHILD, "小雨", null));
        editTheFirstRowOnTheMemoryTab(ContactMemoryIds.TAB_FAMILY, ContactMemoryIds.FAMILY);
    }

    private FamilyMember current() {
        return app.context.memory().findFamilyMember(member.id()).orElseThrow();
    }

    @Override
    protected void changeElsewhere(String text) {
        FamilyMember m = current();
        app.context.memory().save(new FamilyMember(m.id(), m.contactId(), m.relation(), text, m.birthday(), m.notes(),
                m.version()));
    }

    @Override
    protected void deleteElsewhere() {
        app.context.memory().deleteFamilyMember(current());
    }

    @Override
    protected String stored() {
        return current().name();
    }
}
