package dev.rapport.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.ContactsPage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Issue 19's polish: the people list keeps the columns the rep chose, in their order, after a restart. */
class ContactColumnsKeptFlowTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final ContactsPage contacts = new ContactsPage(robot);
    private RunningApp app;

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void roleAndBirthdayStartHiddenAndWhatTheRepShowsOrHidesIsKeptAfterARestart() {
        app = RunningApp.open(dataDir);
        Account huawei = app.context.accounts().save(Account.named("华为技术 Huawei"));
        app.context.contacts().save(Contact.named("王建国", huawei.id()));
        contacts.open();
        assertThat(contacts.offersColumnMenu()).isTrue();
        assertThat(contacts.showsColumn(ContactsIds.ROLE_COLUMN)).isFalse();
        assertThat(contacts.showsColumn(ContactsIds.BIRTHDAY_COLUMN)).isFalse();
        assertThat(contacts.showsColumn(ContactsIds.PHONE_COLUMN)).isTrue();

        contacts.showColumn(ContactsIds.BIRTHDAY_COLUMN, true).showColumn(ContactsIds.PHONE_COLUMN, false);
        robot.interact(() -> {
            var columns = contacts.table().getColumns();
            columns.add(0, columns.remove(1)); // the account first, as a header drag does
        });
        List<String> order = contacts.columnOrder();
        app.close();

        app = RunningApp.open(dataDir);
        contacts.open();
        assertThat(contacts.showsColumn(ContactsIds.BIRTHDAY_COLUMN)).isTrue();
        assertThat(contacts.showsColumn(ContactsIds.PHONE_COLUMN)).isFalse();
        assertThat(contacts.showsColumn(ContactsIds.ROLE_COLUMN)).isFalse();
        assertThat(contacts.columnOrder()).isEqualTo(order).startsWith(ContactsIds.ACCOUNT_COLUMN);
    }
}
