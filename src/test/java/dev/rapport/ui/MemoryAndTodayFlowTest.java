package dev.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.Gift;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.memory.ContactMemoryIds;
import dev.rapport.ui.pages.AccountDatesPage;
import dev.rapport.ui.pages.AccountsPage;
import dev.rapport.ui.pages.ContactMemoryPage;
import dev.rapport.ui.pages.ContactsPage;
import dev.rapport.ui.pages.FamilyMemberEditorPage;
import dev.rapport.ui.pages.GiftEditorPage;
import dev.rapport.ui.pages.InteractionEditorPage;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.SettingsPage;
import dev.rapport.ui.pages.TimelinePage;
import dev.rapport.ui.pages.TodayPage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A rep adds a spouse's birthday in the contact detail and finds it on Today, also after a restart. */
class MemoryAndTodayFlowTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private final MainWindowPage window = new MainWindowPage(robot);
    private final ContactsPage people = new ContactsPage(robot);
    private final ContactMemoryPage memory = new ContactMemoryPage(robot);
    private final GiftEditorPage giftEditor = new GiftEditorPage(robot);
    private final TodayPage today = new TodayPage(robot);

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aSpouseWithABirthdayTomorrowAddedInTheContactDetailIsOnTodayAndStaysAfterRestart() {
        app = RunningApp.open(dataDir);
        assertThat(window.navButton("today").isSelected()).as("opens on Today").isTrue();
        assertThat(today.showsNoDates()).isTrue();
        Account huawei = app.context.accounts().save(Account.named("华为技术 Huawei"));
        Contact wang = app.context.contacts().save(Contact.named("王建国", huawei.id()));
        LocalDate tomorrow = LocalDate.now().plusDays(1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> contacts = people.table();
        robot.interact(() -> contacts.getSelectionModel().select(0));
        memory.add(ContactMemoryIds.FAMILY);
        new FamilyMemberEditorPage(robot).typeName("李梅")
                .chooseBirthday(tomorrow.getMonthValue(), tomorrow.getDayOfMonth())
                .typeYear("1984")
                .save();
        ListView<?> family = memory.list(ContactMemoryIds.FAMILY);
        assertThat(family.getItems()).hasSize(1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(agendaTexts()).singleElement().satisfies(text -> assertThat(text)
                .contains("李梅", "王建国", "华为技术 Huawei"));
        assertThat(today.dayHeading(1)).startsWithIgnoringCase(app.context.messages().get("today.when", 1L));

        today.logGift();
        giftEditor.overwriteWhat(20, "鲜花 Roses").save();
        List<Gift> gifts = app.context.memory().gifts(wang.id());
        assertThat(gifts).singleElement().satisfies(g -> {
            assertThat(g.what()).isEqualTo("鲜花 Roses");
            assertThat(g.familyMemberName()).isEqualTo("李梅");
            assertThat(g.givenOn()).isEqualTo(LocalDate.now());
        });
        app.close();

        app = RunningApp.open(dataDir);
        assertThat(agendaTexts()).singleElement().satisfies(text -> assertThat(text).contains("李梅"));
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void theGiftFormListsEarlierGiftsAndWarnsWhenOneWouldBeRepeated() {
        app = RunningApp.open(dataDir);
        Account account = app.context.accounts().save(Account.named("Contoso Components"));
        Contact anna = app.context.contacts().save(Contact.named("Anna Müller", account.id()));
        app.context.memory().save(Gift.of(anna.id(), null, LocalDate.now().minusYears(1), "Birthday",
                "Orchid", null, ""));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> contacts = people.table();
        robot.interact(() -> contacts.getSelectionModel().select(0));
        memory.tab(ContactMemoryIds.TAB_GIFTS).add(ContactMemoryIds.GIFT);
        assertThat(giftEditor.earlier().getItems()).hasSize(1);
        giftEditor.typeWhat("orchid");
        WaitForAsyncUtils.waitForFxEvents();
        Label warning = giftEditor.repeatWarning();
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("Orchid");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.memory().gifts(anna.id())).hasSize(1);
    }

    @Test
    void aGiftLoggedInThePersonsContactLogAppearsInTheirGiftsWithoutSelectingThemAgain() {
        app = RunningApp.open(dataDir);
        Account account = app.context.accounts().save(Account.named("Contoso Components"));
        app.context.contacts().save(Contact.named("Anna Müller", account.id()));
        app.context.contacts().save(Contact.named("Bruno Costa", account.id()));
        app.context.contacts().save(Contact.named("陈静", account.id()));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<dev.rapport.domain.ContactListItem> contacts = people.table();
        dev.rapport.domain.ContactListItem bruno = contacts.getItems().stream()
                .filter(i -> i.contact().name().equals("Bruno Costa")).findFirst().orElseThrow();
        robot.interact(() -> contacts.getSelectionModel().select(bruno));
        memory.tab(ContactMemoryIds.TAB_GIFTS);
        ListView<?> gifts = memory.list(ContactMemoryIds.GIFT);
        assertThat(gifts.getItems()).isEmpty();

        logGift(people.timeline(), "普洱茶饼 tea");
        assertThat(contacts.getSelectionModel().getSelectedItem()).as("still the same person").isEqualTo(bruno);
        assertThat(gifts.getItems()).extracting(g -> ((Gift) g).what()).containsExactly("普洱茶饼 tea");

        robot.interact(() -> contacts.requestFocus());
        logGift(null, "Flower seeds");
        assertThat(gifts.getItems()).extracting(g -> ((Gift) g).what())
                .containsExactlyInAnyOrder("普洱茶饼 tea", "Flower seeds");
        assertThat(app.dialogs.errors).isEmpty();
    }

    /** Logs a gift with the person in view: with that timeline's Log button, or with Ctrl+L when null. */
    private void logGift(TimelinePage timeline, String what) {
        InteractionEditorPage form;
        if (timeline == null) {
            robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
            form = new InteractionEditorPage(robot);
        } else {
            form = timeline.log();
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<dev.rapport.domain.InteractionChannel> channel = form.channel();
        robot.interact(() -> channel.setValue(dev.rapport.domain.InteractionChannel.GIFT));
        form.typeSubject(what);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.isOpen()).as("the form is closed").isFalse();
    }

    @Test
    void aGiftLoggedInTheContactLogIsAmongTheGiftsGivenBeforeButIsChangedOnlyInTheContactLog() {
        app = RunningApp.open(dataDir);
        Account account = app.context.accounts().save(Account.named("Contoso Components"));
        Contact anna = app.context.contacts().save(Contact.named("Anna Müller", account.id()));
        app.context.contactLog().log(dev.rapport.domain.Interaction.of(account.id(),
                LocalDate.now().minusMonths(3).atTime(10, 0), dev.rapport.domain.InteractionChannel.GIFT, "Orchid")
                .withContacts(List.of(anna.id())));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> contacts = people.table();
        robot.interact(() -> contacts.getSelectionModel().select(0));
        memory.tab(ContactMemoryIds.TAB_GIFTS);
        ListView<?> gifts = memory.list(ContactMemoryIds.GIFT);
        assertThat(gifts.getItems()).hasSize(1);
        robot.interact(() -> gifts.getSelectionModel().select(0));
        assertThat(memory.editButton(ContactMemoryIds.GIFT).isDisabled()).isTrue();
        assertThat(memory.deleteButton(ContactMemoryIds.GIFT).isDisabled()).isTrue();
        assertThat(memory.cells(ContactMemoryIds.GIFT)).anySatisfy(cell -> assertThat(
                ((javafx.scene.control.ListCell<?>) cell).getText()).contains("Orchid",
                app.context.messages().get("memory.gift.fromContactLog")));

        memory.add(ContactMemoryIds.GIFT);
        assertThat(giftEditor.earlier().getItems()).hasSize(1);
        giftEditor.typeWhat("orchid");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(giftEditor.repeatWarning().isVisible()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aPartnershipAnniversaryAddedOnTheAccountShowsOnTodayWithoutGiftButtons() {
        app = RunningApp.open(dataDir);
        app.context.accounts().save(Account.named("Northwind Traders"));
        LocalDate inFiveDaysSixYearsAgo = LocalDate.now().plusDays(5).minusYears(6);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> accounts = new AccountsPage(robot).table();
        robot.interact(() -> accounts.getSelectionModel().select(0));
        AccountDatesPage dates = new AccountDatesPage(robot);
        dates.add().setDate(inFiveDaysSixYearsAgo).save();
        assertThat(dates.list().getItems()).hasSize(1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TodayPage today = new TodayPage(robot);
        assertThat(agendaTexts()).singleElement().satisfies(text -> assertThat(text)
                .contains("Northwind Traders", app.context.messages().get("today.years", 6)));
        assertThat(today.dayHeading(5)).startsWithIgnoringCase(app.context.messages().get("today.when", 5L));
        assertThat(today.offersGift()).isFalse();
        assertThat(today.offersContact()).as("an account's own date offers a contact instead").isTrue();
        InteractionEditorPage form = today.logContact();
        assertThat(form.account().name()).isEqualTo("Northwind Traders");
        assertThat(form.subject()).as("the subject says what the day is")
                .contains(app.context.messages().get("today.years", 6));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theDaysAheadChosenInSettingsWidenTodayAndAreKeptAfterRestart() {
        app = RunningApp.open(dataDir);
        Account account = app.context.accounts().save(Account.named("上海新航科技有限公司"));
        Contact chen = app.context.contacts().save(Contact.named("陈静", account.id()));
        LocalDate inTwentyDays = LocalDate.now().plusDays(20);
        app.context.memory().save(dev.rapport.domain.FamilyMember.of(chen.id(), dev.rapport.domain.Relation.CHILD,
                "陈小红", dev.rapport.domain.Birthday.of(inTwentyDays.getMonthValue(), inTwentyDays.getDayOfMonth())));
        window.go("settings");
        robot.doubleClickOn(new SettingsPage(robot).daysAheadEditor())
                .eraseText(3).write("30").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.today().days()).isEqualTo(30);
        today.open();
        assertThat(agendaTexts()).singleElement().satisfies(text -> assertThat(text).contains("陈小红"));
        app.close();

        app = RunningApp.open(dataDir);
        assertThat(agendaTexts()).singleElement().satisfies(text -> assertThat(text).contains("陈小红"));
    }

    private List<String> agendaTexts() {
        return new TodayPage(robot).dateLines();
    }
}
