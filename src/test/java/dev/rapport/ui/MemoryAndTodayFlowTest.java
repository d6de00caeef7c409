package dev.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.Gift;
import dev.rapport.testutil.RunningApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
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

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aSpouseWithABirthdayTomorrowAddedInTheContactDetailIsOnTodayAndStaysAfterRestart() {
        app = RunningApp.open(dataDir);
        assertThat(robot.lookup("#nav-today").queryAs(ToggleButton.class).isSelected()).as("opens on Today").isTrue();
        assertThat(robot.lookup("#today-dates-none").tryQuery()).isPresent();
        Account huawei = app.context.accounts().save(Account.named("华为技术 Huawei"));
        Contact wang = app.context.contacts().save(Contact.named("王建国", huawei.id()));
        LocalDate tomorrow = LocalDate.now().plusDays(1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> contacts = robot.lookup("#" + dev.rapport.ui.contacts.ContactsIds.TABLE).queryAs(TableView.class);
        robot.interact(() -> contacts.getSelectionModel().select(0));
        robot.clickOn("#family-add");
        robot.clickOn("#family-name").write("李梅");
        robot.interact(() -> {
            robot.lookup("#family-month").queryComboBox().getSelectionModel().select((Object) tomorrow.getMonthValue());
            robot.lookup("#family-day").queryComboBox().getSelectionModel().select((Object) tomorrow.getDayOfMonth());
        });
        robot.clickOn("#family-year").write("1984");
        robot.clickOn("#memory-save");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> family = robot.lookup("#family-list").queryListView();
        assertThat(family.getItems()).hasSize(1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(agendaTexts()).singleElement().satisfies(text -> assertThat(text)
                .contains("李梅", "王建国", "华为技术 Huawei", app.context.messages().get("today.when", 1L)));
        assertThat(robot.lookup("#today-group-this_week").tryQuery()).isPresent();

        robot.clickOn(robot.lookup(".log-gift-button").queryButton());
        robot.doubleClickOn("#gift-what").eraseText(20).write("鲜花 Roses");
        robot.clickOn("#memory-save");
        WaitForAsyncUtils.waitForFxEvents();
        List<Gift> gifts = app.context.memory().gifts(wang.id());
        assertThat(gifts).singleElement().satisfies(g -> {
            assertThat(g.what()).isEqualTo("鲜花 Roses");
            assertThat(g.familyMemberName()).isEqualTo("李梅");
            assertThat(g.givenOn()).isEqualTo(LocalDate.now());
        });
        robot.clickOn(robot.lookup(".past-gifts-button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.infos).last().asString().contains("鲜花 Roses");
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
        TableView<?> contacts = robot.lookup("#" + dev.rapport.ui.contacts.ContactsIds.TABLE).queryAs(TableView.class);
        robot.interact(() -> contacts.getSelectionModel().select(0));
        robot.clickOn("#tab-gifts");
        robot.clickOn("#gift-add");
        assertThat(robot.lookup("#gift-earlier").queryListView().getItems()).hasSize(1);
        robot.clickOn("#gift-what").write("orchid");
        WaitForAsyncUtils.waitForFxEvents();
        Label warning = robot.lookup("#gift-repeat-warning").queryAs(Label.class);
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
        @SuppressWarnings("unchecked")
        TableView<dev.rapport.domain.ContactListItem> contacts = robot.lookup("#" + dev.rapport.ui.contacts.ContactsIds.TABLE)
                .queryAs(TableView.class);
        dev.rapport.domain.ContactListItem bruno = contacts.getItems().stream()
                .filter(i -> i.contact().name().equals("Bruno Costa")).findFirst().orElseThrow();
        robot.interact(() -> contacts.getSelectionModel().select(bruno));
        robot.clickOn("#tab-gifts");
        ListView<?> gifts = robot.lookup("#gift-list").queryListView();
        assertThat(gifts.getItems()).isEmpty();

        logGift("#contact-timeline-log", "普洱茶饼 tea");
        assertThat(contacts.getSelectionModel().getSelectedItem()).as("still the same person").isEqualTo(bruno);
        assertThat(gifts.getItems()).extracting(g -> ((Gift) g).what()).containsExactly("普洱茶饼 tea");

        robot.interact(() -> contacts.requestFocus());
        logGift(null, "Flower seeds");
        assertThat(gifts.getItems()).extracting(g -> ((Gift) g).what())
                .containsExactlyInAnyOrder("普洱茶饼 tea", "Flower seeds");
        assertThat(app.dialogs.errors).isEmpty();
    }

    /** Logs a gift with the person in view: with the button of that id, or with Ctrl+L when null. */
    private void logGift(String button, String what) {
        if (button == null) {
            robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        } else {
            robot.clickOn(button);
        }
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<dev.rapport.domain.InteractionChannel> channel = robot.lookup("#log-channel")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> channel.setValue(dev.rapport.domain.InteractionChannel.GIFT));
        robot.clickOn("#log-subject").write(what);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#log-save").tryQuery()).as("the form is closed").isEmpty();
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
        TableView<?> contacts = robot.lookup("#" + dev.rapport.ui.contacts.ContactsIds.TABLE).queryAs(TableView.class);
        robot.interact(() -> contacts.getSelectionModel().select(0));
        robot.clickOn("#tab-gifts");
        ListView<?> gifts = robot.lookup("#gift-list").queryListView();
        assertThat(gifts.getItems()).hasSize(1);
        robot.interact(() -> gifts.getSelectionModel().select(0));
        assertThat(robot.lookup("#gift-edit").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#gift-delete").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#gift-list .list-cell").queryAll()).anySatisfy(cell -> assertThat(
                ((javafx.scene.control.ListCell<?>) cell).getText()).contains("Orchid",
                app.context.messages().get("memory.gift.fromContactLog")));

        robot.clickOn("#gift-add");
        assertThat(robot.lookup("#gift-earlier").queryListView().getItems()).hasSize(1);
        robot.clickOn("#gift-what").write("orchid");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#gift-repeat-warning").queryAs(Label.class).isVisible()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aPartnershipAnniversaryAddedOnTheAccountShowsOnTodayWithoutGiftButtons() {
        app = RunningApp.open(dataDir);
        app.context.accounts().save(Account.named("Northwind Traders"));
        LocalDate inFiveDaysSixYearsAgo = LocalDate.now().plusDays(5).minusYears(6);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> accounts = robot.lookup("#accountsTable").queryAs(TableView.class);
        robot.interact(() -> accounts.getSelectionModel().select(0));
        dev.rapport.testutil.RunningApp.reveal(robot, "#account-date-add");
        robot.clickOn("#account-date-add");
        robot.interact(() -> ((javafx.scene.control.DatePicker) robot.lookup("#date-date").query())
                .setValue(inFiveDaysSixYearsAgo));
        robot.clickOn("#memory-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#account-dates").queryListView().getItems()).hasSize(1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(agendaTexts()).singleElement().satisfies(text -> assertThat(text)
                .contains("Northwind Traders", app.context.messages().get("today.years", 6),
                        app.context.messages().get("today.when", 5L)));
        assertThat(robot.lookup(".log-gift-button").tryQuery()).isEmpty();
    }

    @Test
    void theDaysAheadChosenInSettingsWidenTodayAndAreKeptAfterRestart() {
        app = RunningApp.open(dataDir);
        Account account = app.context.accounts().save(Account.named("上海新航科技有限公司"));
        Contact chen = app.context.contacts().save(Contact.named("陈静", account.id()));
        LocalDate inTwentyDays = LocalDate.now().plusDays(20);
        app.context.memory().save(dev.rapport.domain.FamilyMember.of(chen.id(), dev.rapport.domain.Relation.CHILD,
                "陈小红", dev.rapport.domain.Birthday.of(inTwentyDays.getMonthValue(), inTwentyDays.getDayOfMonth())));
        robot.clickOn("#nav-settings");
        robot.doubleClickOn(((javafx.scene.control.Spinner<?>) robot.lookup("#today-days").query()).getEditor())
                .eraseText(3).write("30").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.today().days()).isEqualTo(30);
        robot.clickOn("#nav-today");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(agendaTexts()).singleElement().satisfies(text -> assertThat(text).contains("陈小红"));
        app.close();

        app = RunningApp.open(dataDir);
        assertThat(agendaTexts()).singleElement().satisfies(text -> assertThat(text).contains("陈小红"));
    }

    private List<String> agendaTexts() {
        Set<Node> rows = robot.lookup(".agenda-row").queryAll();
        return rows.stream().map(row -> robot.from(row).lookup(".label").queryAll().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + " | " + b)).toList();
    }
}
