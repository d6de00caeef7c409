package dev.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.testutil.RunningApp;
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
        RunningApp.reveal(robot, "#contact-add");
        robot.clickOn("#contact-add");
        robot.clickOn("#nameField").write("王建国");
        addEmail("jianguo.wang@huawei.example");
        robot.clickOn("#save-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#account-contacts").queryListView().getItems()).hasSize(1);
        app.close();

        app = RunningApp.open(dataDir);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#account-search").write("王建国");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(accountNames()).containsExactly("华为技术 Huawei");
        robot.clickOn("#nav-contacts");
        robot.clickOn("#contact-search").write("jianguo");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> contacts = robot.lookup("#" + dev.rapport.ui.contacts.ContactsIds.TABLE).queryAs(TableView.class);
        assertThat(contacts.getItems()).hasSize(1);
        assertThat(app.context.contacts().list().get(0).contact().name()).isEqualTo("王建国");
    }

    @Test
    void anInvalidEmailBlocksSaveAndSaysWhy() {
        app = RunningApp.open(dataDir);
        createAccount("Contoso Components");
        selectAccountRow("Contoso Components");
        RunningApp.reveal(robot, "#contact-add");
        robot.clickOn("#contact-add");
        robot.clickOn("#nameField").write("Anna Müller");
        addEmail("anna.mueller@");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#save-button").query().isDisabled()).isTrue();
        Label reason = robot.lookup("#email-0-error").queryAs(Label.class);
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).isNotBlank();
        robot.clickOn("#email-0").type(KeyCode.END).write("contoso.example");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#email-0").queryTextInputControl().getText()).isEqualTo("anna.mueller@contoso.example");
        assertThat(robot.lookup("#save-button").query().isDisabled()).isFalse();
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
        robot.clickOn("#account-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.confirmations).hasSize(1);
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
        robot.clickOn("#nav-contacts");
        TableView<?> contacts = robot.lookup("#" + dev.rapport.ui.contacts.ContactsIds.TABLE).queryAs(TableView.class);
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
    void chineseSearchFindsTheAccountByItsChineseName() {
        app = RunningApp.open(dataDir);
        createAccount("上海新航科技有限公司");
        createAccount("Alpine Systems");
        robot.clickOn("#account-search").write("新航");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(accountNames()).containsExactly("上海新航科技有限公司");
    }

    @Test
    void aLanguageChosenInSettingsIsTheWindowsLanguageAfterRestart() {
        app = RunningApp.open(dataDir);
        robot.clickOn("#nav-settings");
        robot.clickOn("#languageBox");
        robot.clickOn("繁體中文");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#languageBox").queryComboBox().getValue()).hasToString("TRADITIONAL_CHINESE");
        assertThat(app.dialogs.errorCauses).isEmpty();
        assertThat(robot.lookup("#restartHint").query().isVisible()).isTrue();
        app.close();

        app = RunningApp.open(dataDir);
        assertThat(robot.lookup("#nav-accounts").queryAs(javafx.scene.control.ToggleButton.class).getText())
                .isEqualTo(app.context.messages().get("nav.accounts"))
                .isEqualTo("重點客戶");
    }

    private void createAccount(String name) {
        robot.clickOn("#nav-accounts");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nameField").write(name);
        robot.clickOn("#save-button");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void addEmail(String email) {
        if (robot.lookup("#email-0").tryQuery().isEmpty()) {
            robot.clickOn("#addEmailButton");
        }
        robot.clickOn("#email-0").write(email);
    }

    private void selectAccountRow(String name) {
        TableView<?> table = robot.lookup("#accountsTable").queryAs(TableView.class);
        int index = accountNames().indexOf(name);
        assertThat(index).as("row for %s", name).isNotNegative();
        robot.interact(() -> table.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private List<String> accountNames() {
        TableView<Object> table = robot.lookup("#accountsTable").queryAs(TableView.class);
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
