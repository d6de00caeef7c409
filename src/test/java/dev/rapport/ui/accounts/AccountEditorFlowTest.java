package dev.rapport.ui.accounts;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.app.UiWiring;
import dev.rapport.domain.Account;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.RecordingNotifier;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Fonts;
import dev.rapport.ui.common.Styles;
import dev.rapport.ui.exchange.FxFileDialogs;
import dev.rapport.ui.pages.AccountEditorPage;
import dev.rapport.ui.pages.AccountsPage;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The account editor, now built in code, as a rep uses it from the accounts screen: Save only
 * once the form is valid, the reason beside the field, and the saved account shown selected.
 */
class AccountEditorFlowTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private AppContext context;
    private Messages msg;

    @BeforeEach
    void open() {
        context = AppContext.open(dataDir, Clock.systemDefaultZone());
        msg = context.messages();
    }

    private void showAccounts() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Fonts.loadBundled();
            AccountsView view = dev.rapport.testutil.TestUi.of(context, new DirectTaskExecutor(), dialogs).wiring().accountsView(notifier,
                    new FxFileDialogs(() -> stage), () -> stage);
            stage.setScene(new Scene((Parent) view.node(), 1200, 800));
            stage.getScene().getStylesheets().add(Styles.url());
            stage.show();
            view.shown();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
    }

    @Test
    void aNewAccountSavesOnlyWithANameAndThenShowsSelected() throws Exception {
        showAccounts();
        AccountsPage accounts = new AccountsPage(robot);

        AccountEditorPage editor = accounts.newAccount();
        assertThat(editor.canSave()).as("no name, no Save").isFalse();
        assertThat(editor.nameError()).as("no scolding before anything is typed (issue 19)").isEmpty();
        editor.typeNotes("先写备注");
        assertThat(editor.nameError()).as("once the rep types, the empty name is a problem")
                .isEqualTo(msg.get("validation.required"));

        editor.typeName("华为技术 Huawei");
        assertThat(editor.canSave()).isTrue();
        assertThat(editor.nameError()).isEmpty();
        editor.save();

        assertThat(dialogs.errors).isEmpty();
        assertThat(context.accounts().list()).extracting(i -> i.account().name()).containsExactly("华为技术 Huawei");
        assertThat(accounts.names()).containsExactly("华为技术 Huawei");
        assertThat(accounts.selected().account().name()).isEqualTo("华为技术 Huawei");
        assertThat(accounts.detailTitle()).isEqualTo("华为技术 Huawei");
        assertThat(notifier.messages()).contains(msg.get("accounts.saved", "华为技术 Huawei"));

        // a new account's page opens with the focus on it (adding its people comes next), so Ctrl+E
        // edits the account just made: the focus stayed on the New button, and Enter opened a second blank form
        assertThat(accounts.pageOpen()).isTrue();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.E)
                .release(javafx.scene.input.KeyCode.E, javafx.scene.input.KeyCode.CONTROL);
        AccountEditorPage again = new AccountEditorPage(robot);
        assertThat(again.nameField().getText()).isEqualTo("华为技术 Huawei");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void editingFromTheDetailPaneOpensTheAccountAndSavesTheChange() throws Exception {
        context.accounts().save(Account.named("Northwind Traders"));
        showAccounts();
        AccountsPage accounts = new AccountsPage(robot);
        accounts.select("Northwind Traders");

        AccountEditorPage editor = accounts.edit();
        assertThat(editor.nameField().getText()).isEqualTo("Northwind Traders");
        editor.setName("Northwind Traders GmbH").save();

        assertThat(accounts.names()).containsExactly("Northwind Traders GmbH");
        assertThat(accounts.detailTitle()).isEqualTo("Northwind Traders GmbH");
    }
}
