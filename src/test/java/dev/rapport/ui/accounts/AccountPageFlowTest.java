package dev.rapport.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Relation;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.AccountContactLogPage;
import dev.rapport.ui.pages.AccountsPage;
import dev.rapport.domain.plan.Plan;
import dev.rapport.ui.pages.InsightsPage;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.PlannerPage;
import dev.rapport.ui.pages.InteractionEditorPage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19: an account opens as a page, full width, with what a rep looks for in its header and
 * the rest in tabs; Back returns to the list as it was left.
 */
class AccountPageFlowTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final AccountsPage accounts = new AccountsPage(robot);
    private RunningApp app;
    private Account huawei;

    @BeforeEach
    void openWithABook() {
        app = RunningApp.open(dataDir, Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
        for (int i = 1; i <= 60; i++) {
            app.context.accounts().save(Account.named(String.format("Account %02d", i)));
        }
        Account named = Account.named("Zhong 华为技术 Huawei");
        huawei = app.context.accounts().save(new Account(null, named.name(), named.partyType(), named.tier(),
                named.stage(), named.level(), null, "", "", "", "", null, null, null, null, "李娜", List.of(), "", null,
                null, 0L));
        Contact wang = app.context.contacts().save(Contact.named("王建国", huawei.id()));
        app.context.memory().save(FamilyMember.of(wang.id(), Relation.CHILD, "王小明", Birthday.of(2015, 12, 10)));
        app.context.contactLog().log(Interaction.of(huawei.id(), TODAY.minusDays(4).atTime(10, 0),
                InteractionChannel.VISIT, "年度回顾 review"));
        accounts.open();
    }

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void enterOpensThePageWithItsHeaderAndBackReturnsToTheListAsItWas() {
        accounts.typeSearch("a");
        accounts.select("Zhong 华为技术 Huawei").scrollToSelected();
        int firstRowBefore = accounts.firstVisibleRow();
        assertThat(firstRowBefore).as("the list was scrolled to the account").isPositive();

        accounts.openSelected();

        assertThat(accounts.pageOpen()).isTrue();
        assertThat(accounts.detailTitle()).isEqualTo("Zhong 华为技术 Huawei");
        assertThat(accounts.listShown()).as("the page covers the list and its filters").isFalse();
        assertThat(accounts.keyFact(AccountsIds.KEY_OWNER)).isEqualTo("李娜");
        assertThat(accounts.keyFact(AccountsIds.KEY_LAST_CONTACT)).contains("4");
        assertThat(accounts.keyFact(AccountsIds.KEY_NEXT_DATE)).contains("王小明");
        assertThat(accounts.selectedTab()).isEqualTo(AccountPageTab.OVERVIEW);
        assertThat(accounts.recentSubjects()).containsExactly("年度回顾 review");
        accounts.openWholeLog();
        assertThat(accounts.selectedTab()).isEqualTo(AccountPageTab.LOG);
        accounts.tab(AccountPageTab.OVERVIEW);

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(accounts.pageOpen()).isFalse();
        assertThat(accounts.search().getText()).as("the filter is kept").isEqualTo("a");
        assertThat(accounts.selected().account().id()).as("the selection is kept").isEqualTo(huawei.id());
        assertThat(accounts.firstVisibleRow()).as("the scroll is kept").isEqualTo(firstRowBefore);
        assertThat(accounts.table().isFocused()).as("the list has the focus again").isTrue();
    }

    @Test
    void theChosenTabStaysChosenForTheNextAccountAndShowsThatAccountsOwn() {
        accounts.open("Zhong 华为技术 Huawei");
        accounts.tab(AccountPageTab.LOG);
        assertThat(new AccountContactLogPage(robot).timeline().entries()).hasSize(1);
        accounts.back();

        accounts.open("Account 07");

        assertThat(accounts.selectedTab()).isEqualTo(AccountPageTab.LOG);
        assertThat(accounts.detailTitle()).isEqualTo("Account 07");
        assertThat(new AccountContactLogPage(robot).timeline().entries()).as("not Huawei's entry").isEmpty();
        assertThat(accounts.keyFact(AccountsIds.KEY_NEXT_DATE)).isEqualTo(
                app.context.messages().get("account.page.noDate"));
    }

    @Test
    void aVeryLongNameTakesTwoLinesOfThePageAtMost() {
        String name = "中华人民共和国国际贸易与长三角精密制造联合控股集团股份有限公司".repeat(6);
        app.context.accounts().save(Account.named(name));
        new MainWindowPage(robot).go("today");
        accounts.open();
        accounts.select(name).openSelected();
        assertThat(accounts.detailTitle()).isEqualTo(name);
        assertThat(accounts.titleHeight()).as("two lines, then an ellipsis").isLessThan(70);
    }

    @Test
    void ctrlFOnAPageGoesBackToTheListsSearch() {
        accounts.open("Account 05");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(accounts.pageOpen()).isFalse();
        assertThat(accounts.search().isFocused()).isTrue();
    }

    @Test
    void theMouseBackButtonReturnsToTheList() {
        accounts.open("Account 03");
        Node page = accounts.pageNode();
        robot.interact(() -> Event.fireEvent(page, new MouseEvent(MouseEvent.MOUSE_PRESSED, 10, 10, 10, 10,
                MouseButton.BACK, 1, false, false, false, false, false, false, false, false, true, false,
                new PickResult(page, 10, 10))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(accounts.pageOpen()).isFalse();
    }

    @Test
    void aDoubleClickOpensThePageAndDeletingTheAccountThereReturnsToTheList() {
        accounts.select("Account 02");
        robot.doubleClickOn("Account 02");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(accounts.pageOpen()).isTrue();

        accounts.delete();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(accounts.pageOpen()).as("the page of a deleted account closes").isFalse();
        assertThat(accounts.names()).doesNotContain("Account 02");
    }

    @Test
    void ctrlLOnThePageLogsForItsAccountAndItsPeopleAreOnTheirTab() {
        accounts.open("Zhong 华为技术 Huawei");
        assertThat(accounts.people().getItems()).hasSize(1);

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        InteractionEditorPage form = new InteractionEditorPage(robot);
        assertThat(form.isOpen()).isTrue();
        assertThat(form.account().id()).isEqualTo(huawei.id());
        form.typeSubject("Follow-up call").save();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(accounts.pageOpen()).as("a contact logged from the page stays on the page").isTrue();
        accounts.tab(AccountPageTab.LOG);
        assertThat(new AccountContactLogPage(robot).timeline().entries()).hasSize(2);
    }



    @Test
    void anAccountSuggestedAtRiskInInsightsOpensItsPage() {
        app.context.accounts().save(new Account(null, "Alpine Systems", PartyType.CUSTOMER, Tier.C,
                LifecycleStage.MAINTENANCE, RelationshipLevel.FINANCIAL, null, "", "", "", "", null, null, null, 1, "",
                List.of(), "", null, null, 0L));
        InsightsPage insights = new InsightsPage(robot).open();
        WaitForAsyncUtils.waitForFxEvents();
        insights.openAtRisk("Alpine Systems");

        assertThat(accounts.pageOpen()).isTrue();
        assertThat(accounts.detailTitle()).isEqualTo("Alpine Systems");
    }

    @Test
    void anAccountsNameInThePlannerOpensItsPageFromItsMenu() {
        app.context.plans().save(Plan.draft(huawei.id(), TODAY.getYear()));
        new MainWindowPage(robot).go("planner");
        PlannerPage planner = new PlannerPage(robot);
        planner.waitForRow(huawei.id());
        planner.openAccountOf(huawei.id());

        assertThat(accounts.pageOpen()).isTrue();
        assertThat(accounts.detailTitle()).isEqualTo("Zhong 华为技术 Huawei");
    }
}
