package dev.rapport.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.AccountEditorPage;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.TodayPage;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 19: at the first start, with nothing in the book, Today says what to do first. */
class GettingStartedFlowTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final TodayPage today = new TodayPage(robot);
    private RunningApp app;

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anEmptyBookOffersSampleDataAndTheCardGoesOnceThereAreAccounts() {
        app = RunningApp.open(dataDir);
        today.open();
        assertThat(today.showsGettingStarted()).isTrue();

        today.startWithSampleData();

        assertThat(app.context.accounts().count()).isGreaterThan(0);
        assertThat(today.showsGettingStarted()).as("the card is gone once there are accounts").isFalse();
        assertThat(new MainWindowPage(robot).navButton("today").isSelected()).isTrue();
        app.close();

        app = RunningApp.open(dataDir);
        today.open();
        assertThat(today.showsGettingStarted()).as("a book with accounts never shows it").isFalse();
    }

    @Test
    void newAccountOpensTheAccountEditorOnAccounts() {
        app = RunningApp.open(dataDir);
        today.open();

        AccountEditorPage editor = today.startWithNewAccount();

        assertThat(editor.isOpen()).isTrue();
        assertThat(new MainWindowPage(robot).navButton("accounts").isSelected()).isTrue();
        editor.typeName("华为技术 Huawei").save();
        assertThat(app.context.accounts().list()).extracting(i -> i.account().name()).containsExactly("华为技术 Huawei");

        today.open();
        assertThat(today.showsGettingStarted()).isFalse();
    }

    @Test
    void theCardIsNotShownOverABookWithAccounts() {
        app = RunningApp.open(dataDir);
        app.context.accounts().save(Account.named("Contoso GmbH"));
        today.open();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(today.showsGettingStarted()).isFalse();
    }
}
