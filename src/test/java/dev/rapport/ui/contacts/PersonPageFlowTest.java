package dev.rapport.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Relation;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.memory.ContactMemoryIds;
import dev.rapport.ui.pages.AccountsPage;
import dev.rapport.ui.pages.ContactMemoryPage;
import dev.rapport.ui.pages.ContactsPage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 19: a person opens as a page too, with their account a click away and Back to the list. */
class PersonPageFlowTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final ContactsPage people = new ContactsPage(robot);
    private RunningApp app;
    private Account huawei;

    @BeforeEach
    void openWithPeople() {
        app = RunningApp.open(dataDir, Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
        huawei = app.context.accounts().save(Account.named("华为技术 Huawei"));
        Contact wang = app.context.contacts().save(new Contact(null, huawei.id(), "王建国", "采购总监", "", null,
                List.of(new ContactPoint(ContactPoint.Kind.MOBILE, "+86 138 0013 8000")), List.of(), "", null,
                Birthday.of(1975, 3, 8), "", "", false, null, null, null, 0L));
        app.context.contacts().save(Contact.named("Anna Müller", huawei.id()));
        app.context.memory().save(FamilyMember.of(wang.id(), Relation.SPOUSE, "李梅", Birthday.of(1978, 5, 1)));
        app.context.contactLog().log(Interaction.of(huawei.id(), TODAY.minusDays(2).atTime(10, 0),
                InteractionChannel.CALL, "报价 quote").withContacts(List.of(wang.id())));
        people.open();
    }

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void enterOpensThePersonsPageAndBackReturnsToTheSearch() {
        people.search("王").select("王建国").openSelected();

        assertThat(people.pageOpen()).isTrue();
        assertThat(people.pageTitle()).isEqualTo("王建国");
        assertThat(people.keyFact(ContactsIds.PAGE_PHONE)).isEqualTo("+86 138 0013 8000");
        assertThat(people.keyFact(ContactsIds.PAGE_LAST_CONTACT)).contains("2");
        assertThat(new ContactMemoryPage(robot).list(ContactMemoryIds.FAMILY).getItems()).hasSize(1);

        // a call logged from the page: the list reloads and resorts under it, the page stays on 王建国
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        new dev.rapport.ui.pages.InteractionEditorPage(robot).typeSubject("回访 call back").save();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(people.pageOpen()).isTrue();
        assertThat(people.pageTitle()).isEqualTo("王建国");
        assertThat(people.timeline().entries()).hasSize(2);
        assertThat(new ContactMemoryPage(robot).list(ContactMemoryIds.FAMILY).getItems()).hasSize(1);

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(people.pageOpen()).isFalse();
        assertThat(people.names()).as("the search is kept").containsExactly("王建国");
        assertThat(people.table().getSelectionModel().getSelectedItem().contact().name()).isEqualTo("王建国");
    }

    @Test
    void theAccountsNameOpensTheAccountsPage() {
        people.select("Anna Müller").openSelected();
        people.openAccount();

        AccountsPage accounts = new AccountsPage(robot);
        assertThat(accounts.pageOpen()).isTrue();
        assertThat(accounts.detailTitle()).isEqualTo("华为技术 Huawei");
    }

    @Test
    void anEditOnThePageShowsOnItAndADeleteThereReturnsToTheList() {
        people.select("Anna Müller").openSelected();
        people.edit().typeName(" 安娜").save();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(people.pageOpen()).as("the page stays on the person after the list reloads").isTrue();
        assertThat(people.pageTitle()).isEqualTo("Anna Müller 安娜");

        people.deleteOnPage();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(people.pageOpen()).isFalse();
        assertThat(people.names()).containsExactly("王建国");
    }
}
