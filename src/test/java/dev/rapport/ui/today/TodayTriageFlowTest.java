package dev.rapport.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.contactlog.ContactLogTodayIds;
import dev.rapport.ui.pages.AccountsPage;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.TodayPage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Issue 19: Today puts what is urgent first, and its dates are a compact list by day that folds,
 * so thirty birthdays do not push the follow-ups and complaints off the screen.
 */
class TodayTriageFlowTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
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

    private RunningApp open() {
        return RunningApp.open(dataDir, Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
    }

    private void bornInDays(Account account, String name, int days) {
        LocalDate on = TODAY.plusDays(days);
        app.context.contacts().save(new Contact(null, account.id(), name, "", "", null, List.of(), List.of(), "", null,
                Birthday.of(on.getMonthValue(), on.getDayOfMonth()), "", "", false, null, null, null, 0L));
    }

    @Test
    void followUpsAndComplaintsComeBeforeQuietAccountsAndTheDatesComeLast() {
        app = open();
        today.open();
        assertThat(today.sectionOrder()).containsSubsequence(ContactLogTodayIds.FOLLOW_UPS,
                ContactLogTodayIds.COMPLAINTS, ContactLogTodayIds.QUIET, UpcomingDatesIds.SECTION);
    }

    @Test
    void theFirstDaysAreOpenTheLaterOnesFoldedAndAHeaderOpensItsDayByMouseOrKeyboard() {
        app = open();
        Account huawei = app.context.accounts().save(Account.named("华为技术 Huawei"));
        for (int i = 0; i < 5; i++) {
            bornInDays(huawei, "王建国 " + i, 1);
            bornInDays(huawei, "Anna Müller " + i, 2);
        }
        bornInDays(huawei, "李梅", 3);
        bornInDays(huawei, "Zoë Faure", 4);
        today.open();

        assertThat(today.dayHeading(1)).startsWithIgnoringCase(app.context.messages().get("today.when", 1L));
        assertThat(today.dateLines()).as("tomorrow and the day after open, five lines each").hasSize(10)
                .noneMatch(line -> line.contains("李梅"));
        assertThat(today.showsDay(3)).as("a folded day still shows its header").isTrue();

        today.toggleDay(3);
        assertThat(today.dateLines()).hasSize(11).anyMatch(line -> line.contains("李梅"));

        today.toggleDay(1);
        assertThat(today.dateLines()).hasSize(6).noneMatch(line -> line.contains("王建国"));

        today.toggleDayByKeyboard(4);
        assertThat(today.dateLines()).as("Space on a focused header opens its day").hasSize(7)
                .anyMatch(line -> line.contains("Zoë Faure"));

        new MainWindowPage(robot).go("accounts");
        today.open();
        assertThat(today.dateLines()).as("the folds are kept when Today is shown again").hasSize(7);
    }

    @Test
    void aDayWithMoreThanItShowsCountsThemAndShowsAllOnRequest() {
        app = open();
        Account contoso = app.context.accounts().save(Account.named("Contoso 康拓"));
        int many = UpcomingDatesViewModel.LINES_PER_DAY + 3;
        for (int i = 0; i < many; i++) {
            bornInDays(contoso, String.format("客户 %02d", i), 0);
        }
        today.open();

        assertThat(today.dateLines()).hasSize(UpcomingDatesViewModel.LINES_PER_DAY);
        today.showAll();
        assertThat(today.dateLines()).hasSize(many).anyMatch(line -> line.contains(String.format("客户 %02d", many - 1)));
    }

    @Test
    void anAccountNamedOnTodayOpensItsPageEvenWhenTheListWasFiltered() {
        app = open();
        Account huawei = app.context.accounts().save(Account.named("华为技术 Huawei"));
        app.context.accounts().save(Account.named("Contoso 康拓"));
        bornInDays(huawei, "王建国", 1);
        AccountsPage accounts = new AccountsPage(robot).open().typeSearch("Contoso");
        assertThat(accounts.names()).containsExactly("Contoso 康拓");
        today.open();

        today.openFirstAccount();

        MainWindowPage window = new MainWindowPage(robot);
        assertThat(window.navButton("accounts").isSelected()).isTrue();
        assertThat(accounts.search().getText()).as("the search that hid it is cleared").isEmpty();
        assertThat(accounts.selected().account().id()).isEqualTo(huawei.id());
        assertThat(accounts.pageOpen()).as("its page, not only its row").isTrue();
        assertThat(accounts.detailTitle()).isEqualTo("华为技术 Huawei");
        accounts.back();
        assertThat(accounts.pageOpen()).isFalse();
        assertThat(accounts.selected().account().id()).as("Back returns to the list on it").isEqualTo(huawei.id());
    }

    @Test
    void aVeryLongNameIsCutInItsLineAndNeverPushesTodayWiderThanTheWindow() {
        app = open();
        Account account = app.context.accounts().save(Account.named("Northwind Traders"));
        bornInDays(account, "Maximilian Alexander Bartholomew ".repeat(5) + "Featherstonehaugh-Cholmondeley", 0);
        bornInDays(account, "欧阳娜娜", 0);
        today.open();

        assertThat(today.dateLines()).hasSize(2);
        assertThat(today.overflowsSideways()).isFalse();
        assertThat(today.giftButtonsInView()).isTrue();
    }
}
