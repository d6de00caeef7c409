package dev.rapport.ui.memory;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.DateKind;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Gift;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.Relation;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Notifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory forms and the contact detail's model, without the toolkit. */
class MemoryViewModelsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final Messages msg = new Messages(Locale.ENGLISH);
    private final Formats formats = new Formats(Locale.ENGLISH);

    @TempDir
    Path dataDir;

    @Test
    void theFamilyFormIsValidOnlyWithANameAndACompleteRealBirthday() {
        FamilyMemberEditorViewModel form = new FamilyMemberEditorViewModel(FamilyMember.of(1, Relation.SPOUSE, "", null), msg, TODAY);
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.errors()).containsKey("name");
        form.name.set("李梅");
        assertThat(form.validProperty().get()).isTrue();
        form.month.set(2);
        assertThat(form.errors()).containsEntry("birthday", msg.get("validation.birthdayIncomplete"));
        form.day.set(29);
        form.year.set("1983");
        assertThat(form.errors()).containsEntry("birthday", msg.get("validation.date"));
        form.year.set("198x");
        assertThat(form.errors()).containsEntry("birthday", msg.get("validation.year"));
        form.year.set("");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.toMember().birthday()).isEqualTo(Birthday.of(2, 29));
    }

    @Test
    void aReloadPutsTheStoredFamilyMemberIntoEveryFieldAndDropsABirthdayTypedMeanwhile() {
        FamilyMember opened = new FamilyMember(5L, 1, Relation.CHILD, "小雨", null, "", 2L);
        FamilyMemberEditorViewModel form = new FamilyMemberEditorViewModel(opened, msg, TODAY);
        form.name.set("陈小雨");
        form.notes.set("Starts school in Hangzhou");
        form.month.set(6);
        form.day.set(1);
        assertThat(form.copyText()).isEqualTo(msg.get("memory.family.name") + ": 陈小雨\n"
                + msg.get("memory.family.notes") + ": Starts school in Hangzhou");

        FamilyMember stored = new FamilyMember(5L, 1, Relation.CHILD, "Chen Xiaoyu", null, "Piano on Fridays", 3L);
        form.fill(stored);

        assertThat(form.name.get()).isEqualTo("Chen Xiaoyu");
        assertThat(form.notes.get()).isEqualTo("Piano on Fridays");
        assertThat(form.month.get()).isNull();
        assertThat(form.day.get()).isNull();
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.read()).isEqualTo(stored);
        assertThat(form.toMember().version()).as("the next save names the stored version").isEqualTo(3L);
    }

    @Test
    void aReloadPutsTheStoredGiftIntoTheFormWithItsRecipient() {
        List<GiftEditorViewModel.Recipient> recipients = List.of(new GiftEditorViewModel.Recipient(null, "Anna Müller"),
                new GiftEditorViewModel.Recipient(3L, "Jonas (Spouse/partner)"));
        Gift opened = new Gift(9L, 1, null, "", TODAY.minusDays(3), "Mid-Autumn", "Mooncakes", null, "", 1L);
        GiftEditorViewModel form = new GiftEditorViewModel(opened, recipients, List.of(opened), msg, formats, TODAY);
        form.what.set("Longjing tea");
        form.cost.set("1,280.50");

        assertThat(form.copyText()).isEqualTo(msg.get("memory.gift.occasion") + ": Mid-Autumn\n"
                + msg.get("memory.gift.what") + ": Longjing tea\n" + msg.get("memory.gift.cost") + ": 1,280.50");
        Gift stored = new Gift(9L, 1, 3L, "Jonas", TODAY.minusDays(2), "Mid-Autumn", "Mooncakes from Hong Kong",
                new BigDecimal("88"), "Li Na", 2L);
        form.fill(stored);

        assertThat(form.recipient.get()).isEqualTo(recipients.get(1));
        assertThat(form.what.get()).isEqualTo("Mooncakes from Hong Kong");
        assertThat(form.cost.get()).isEqualTo("88");
        assertThat(form.givenBy.get()).isEqualTo("Li Na");
        assertThat(form.toGift().version()).isEqualTo(2L);
    }

    @Test
    void aReloadPutsTheStoredDateIntoTheForm() {
        ImportantDate opened = new ImportantDate(4L, 1L, null, DateKind.WORK_ANNIVERSARY, "Joined",
                LocalDate.of(2016, 3, 8), true, 1L);
        ImportantDateEditorViewModel form = new ImportantDateEditorViewModel(opened, msg);
        form.title.set("入职十周年");
        assertThat(form.copyText()).isEqualTo(msg.get("memory.date.title") + ": 入职十周年");

        form.fill(new ImportantDate(4L, 1L, null, DateKind.WORK_ANNIVERSARY, "Joined in Shanghai",
                LocalDate.of(2016, 3, 9), false, 2L));

        assertThat(form.title.get()).isEqualTo("Joined in Shanghai");
        assertThat(form.date.get()).isEqualTo(LocalDate.of(2016, 3, 9));
        assertThat(form.yearly.get()).isFalse();
        assertThat(form.toDate().version()).isEqualTo(2L);
    }

    @Test
    void theGiftFormReadsCostInTheUsersLocaleAndWarnsAboutARepeat() {
        Gift earlier = new Gift(7L, 1, null, "", TODAY.minusYears(1), "Birthday", "Fountain pen", null, "", 0L);
        List<GiftEditorViewModel.Recipient> recipients = List.of(new GiftEditorViewModel.Recipient(null, "Anna Müller"),
                new GiftEditorViewModel.Recipient(3L, "Jonas (Spouse/partner)"));
        GiftEditorViewModel form = new GiftEditorViewModel(Gift.of(1, 3L, null, "", "", null, ""), recipients, List.of(earlier), msg, formats,
                TODAY);
        assertThat(form.recipient.get().familyMemberId()).isEqualTo(3L);
        assertThat(form.givenOn.get()).isEqualTo(TODAY);
        assertThat(form.errors()).containsKey("what");
        form.what.set("fountain PEN");
        assertThat(form.repeatWarning().get()).contains("Fountain pen");
        form.what.set("Orchid");
        assertThat(form.repeatWarning().get()).isEmpty();
        form.cost.set("1,234.50");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.toGift().cost()).isEqualByComparingTo("1234.50");
        form.cost.set("abc");
        assertThat(form.errors()).containsEntry("cost", msg.get("validation.number"));
        form.cost.set("-3");
        assertThat(form.errors()).containsEntry("cost", msg.get("validation.notNegative"));
        form.cost.set("");
        form.givenOn.set(TODAY.plusDays(1));
        assertThat(form.errors()).containsKey("givenOn");
    }

    @Test
    void theContactDetailLoadsSavesAndUndoesWhileItsListsKeepTellingListeners() {
        try (AppContext context = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            List<String> statuses = new ArrayList<>();
            List<Runnable> undos = new ArrayList<>();
            Notifier notifier = new Notifier() {
                @Override
                public void status(String message) {
                    statuses.add(message);
                }

                @Override
                public void undoable(String message, Runnable undo) {
                    statuses.add(message);
                    undos.add(undo);
                }
            };
            ContactMemoryViewModel model = new ContactMemoryViewModel(context.memory(), context.clock(),
                    dev.rapport.testutil.TestUi.of(context, new DirectTaskExecutor(), new FakeDialogs()).kit(), notifier);
            Account account = context.accounts().save(Account.named("Fabrikam Foods"));
            Contact anna = context.contacts().save(Contact.named("Anna Müller", account.id()));
            List<Integer> sizes = new ArrayList<>();
            model.family().addListener((ListChangeListener<FamilyMember>) c -> sizes.add(c.getList().size()));
            System.gc();
            model.show(anna);
            // as the family editor does: its save writes, then the pane hears of the saved member
            model.saved(context.memory().save(FamilyMember.of(anna.id(), Relation.CHILD, "Lena", Birthday.of(2015, 5, 4))));
            assertThat(model.family()).extracting(FamilyMember::name).containsExactly("Lena");
            assertThat(sizes).isNotEmpty();
            assertThat(model.recipients()).extracting(GiftEditorViewModel.Recipient::label)
                    .containsExactly("Anna Müller", "Lena (" + context.messages().of(Relation.CHILD) + ")");

            model.tagsText.set("loves flowers, no alcohol，不喝酒");
            model.savePreferences();
            assertThat(context.memory().of(anna.id()).preferences().tags())
                    .containsExactly("loves flowers", "no alcohol", "不喝酒");

            model.newIdea.set("Rose bush");
            model.addIdea();
            assertThat(model.ideas()).hasSize(1);
            assertThat(model.newIdea.get()).isEmpty();

            model.saved(context.memory().save(Gift.of(anna.id(), null, LocalDate.now(), "", "Cookbook", new BigDecimal("35"), "")));
            model.delete(model.gifts().get(0));
            assertThat(model.gifts()).isEmpty();
            undos.get(undos.size() - 1).run();
            assertThat(model.gifts()).extracting(Gift::what).containsExactly("Cookbook");

            model.show(null);
            assertThat(model.family()).isEmpty();
            assertThat(model.tagsText.get()).isEmpty();
        }
    }
}
