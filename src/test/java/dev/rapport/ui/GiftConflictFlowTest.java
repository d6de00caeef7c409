package dev.rapport.ui;

import dev.rapport.ui.memory.ContactMemoryIds;
import dev.rapport.ui.memory.GiftEditorIds;
import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.Gift;
import java.time.LocalDate;

/** Issue 17 in the gift editor (see {@link EditorConflictFlowContract}). */
class GiftConflictFlowTest extends EditorConflictFlowContract {
    private Gift gift;

    GiftConflictFlowTest() {
        super(GiftEditorIds.WHAT, "memory.gift.what", GiftEditorIds.SAVE, "龙井茶 Longjing tea", "Mooncakes from Hong Kong");
    }

    @Override
    protected void openTheEditorOfAStoredRecord() {
        Account account = app.context.accounts().save(Account.named("Fabrikam Foods"));
        Contact chen = app.context.contacts().save(Contact.named("陈静", account.id()));
        gift = app.context.memory().save(Gift.of(chen.id(), null, LocalDate.now().minusDays(3), "Mid-Autumn",
                "Mooncakes", null, ""));
        editTheFirstRowOnTheMemoryTab(ContactMemoryIds.TAB_GIFTS, ContactMemoryIds.GIFT);
    }

    private Gift current() {
        return app.context.memory().findGift(gift.id()).orElseThrow();
    }

    @Override
    protected void changeElsewhere(String text) {
        Gift g = current();
        app.context.memory().save(new Gift(g.id(), g.contactId(), g.familyMemberId(), "", g.givenOn(), g.occasion(),
                text, g.cost(), g.givenBy(), g.version()));
    }

    @Override
    protected void deleteElsewhere() {
        app.context.memory().deleteGift(current());
    }

    @Override
    protected String stored() {
        return current().what();
    }
}
