package dev.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Language;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.AccountEditorPage;
import dev.rapport.ui.pages.AccountsPage;
import dev.rapport.ui.pages.ContactEditorPage;
import dev.rapport.ui.pages.ContactsPage;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.SettingsPage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The foundation's flows as a rep clicks them, on a real data folder, headless (Monocle). */
class AccountsAndContactsFlowTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private final MainWindowPage window = new MainWindowPage(robot);
    private final AccountsPage accounts = new AccountsPage(robot);
    private final ContactsPage people = new ContactsPage(robot);

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void accountAndContactCreatedInTheWindowAreThereAfterRestart() {
        app = RunningApp.open(dataDir);
        createAccount("华为技术 Huawei");
        selectAccountRow("华为技术 Huawei");
        accounts.addPerson().typeName("王建国").addEmail("jianguo.wang@huawei.example").save();
        assertThat(accounts.people().getItems()).hasSize(1);
        app.close();

        app = RunningApp.open(dataDir);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        accounts.typeSearch("王建国");
        assertThat(accountNames()).containsExactly("华为技术 Huawei");
        people.open().search("jianguo");
        TableView<?> contacts = people.table();
        assertThat(contacts.getItems()).hasSize(1);
        assertThat(app.context.contacts().list().get(0).contact().name()).isEqualTo("王建国");
    }

    @Test
    void anInvalidEmailBlocksSaveAndSaysWhy() {
        app = RunningApp.open(dataDir);
        createAccount("Contoso Components");
        selectAccountRow("Contoso Components");
        ContactEditorPage editor = accounts.addPerson().typeName("Anna Müller").addEmail("anna.mueller@");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.saveDisabled()).isTrue();
        Label reason = editor.emailError(0);
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).isNotBlank();
        editor.clickEmail(0).type(KeyCode.END).write("contoso.example");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.email(0).getText()).isEqualTo("anna.mueller@contoso.example");
        assertThat(editor.saveDisabled()).isFalse();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.contacts().list()).isEmpty();
    }

    @Test
    void aDeletedAccountComesBackWithUndo() {
        app = RunningApp.open(dataDir);
        createAccount("Northwind Traders");
        createAccount("北京天合贸易有限公司");
        selectAccountRow("北京天合贸易有限公司");
        accounts.delete();
        assertThat(app.dialogs.confirmations).hasSize(1);
        assertThat(app.dialogs.destructive).as("asked with Cancel as the default").hasSize(1);
        assertThat(accountNames()).containsExactly("Northwind Traders");
        app.clickUndo(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(accountNames()).containsExactlyInAnyOrder("Northwind Traders", "北京天合贸易有限公司");
        assertThat(app.context.accounts().list()).extracting(item -> item.account().name())
                .contains("北京天合贸易有限公司");
    }

    @Test
    void aPersonDeletedFromTheContactsListComesBackWithUndo() {
        app = RunningApp.open(dataDir);
        var account = app.context.accounts().save(Account.named("Fabrikam Foods"));
        app.context.contacts().save(dev.rapport.domain.Contact.named("陈静", account.id()));
        people.open();
        TableView<?> contacts = people.table();
        assertThat(contacts.getItems()).hasSize(1);
        robot.interact(() -> contacts.getSelectionModel().select(0));
        robot.clickOn(contacts).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(contacts.getItems()).isEmpty();
        assertThat(app.context.contacts().list()).isEmpty();
        app.clickUndo(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.contacts().list()).extracting(c -> c.contact().name()).containsExactly("陈静");
        assertThat(contacts.getItems()).hasSize(1);
    }

    @Test
    void theEditButtonOpensTheSelectedPersonAndSavesTheChange() {
        app = RunningApp.open(dataDir);
        var account = app.context.accounts().save(Account.named("Fabrikam Foods"));
        app.context.contacts().save(dev.rapport.domain.Contact.named("陈静", account.id()));
        people.open();
        assertThat(people.editButton().isDisabled()).as("nothing selected yet").isTrue();
        people.select("陈静");
        assertThat(people.editButton().isDisabled()).isFalse();

        people.edit().typeName(" Chen Jing").save();

        assertThat(app.context.contacts().list()).extracting(c -> c.contact().name()).containsExactly("陈静 Chen Jing");
        assertThat(people.names()).containsExactly("陈静 Chen Jing");
    }

    @Test
    void chineseSearchFindsTheAccountByItsChineseName() {
        app = RunningApp.open(dataDir);
        createAccount("上海新航科技有限公司");
        createAccount("Alpine Systems");
        accounts.typeSearch("新航");
        assertThat(accountNames()).containsExactly("上海新航科技有限公司");
    }

    @Test
    void aLanguageChosenInSettingsIsTheWindowsLanguageAfterRestart() {
        app = RunningApp.open(dataDir);
        window.go("settings");
        SettingsPage settings = new SettingsPage(robot);
        settings.chooseLanguage(Language.TRADITIONAL_CHINESE);
        assertThat(settings.language()).hasToString("TRADITIONAL_CHINESE");
        assertThat(app.dialogs.errorCauses).isEmpty();
        assertThat(settings.restartHintShows()).isTrue();
        app.close();

        app = RunningApp.open(dataDir);
        assertThat(window.navButton("accounts").getText())
                .isEqualTo(app.context.messages().get("nav.accounts"))
                .isEqualTo("重點客戶");
    }

    private void createAccount(String name) {
        accounts.open();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        new AccountEditorPage(robot).typeName(name).save();
    }

    private void selectAccountRow(String name) {
        TableView<?> table = accounts.table();
        int index = accountNames().indexOf(name);
        assertThat(index).as("row for %s", name).isNotNegative();
        robot.interact(() -> table.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private List<String> accountNames() {
        TableView<Object> table = (TableView<Object>) (TableView<?>) accounts.table();
        return table.getItems().stream().map(row -> nameOf(row)).toList();
    }

    private static String nameOf(Object row) {
        if (row instanceof dev.rapport.domain.AccountListItem item) {
            return item.account().name();
        }
        if (row instanceof Account a) {
            return a.name();
        }
        throw new AssertionError("unexpected row " + row);
    }

}
