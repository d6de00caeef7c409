package dev.rapport.ui;

import dev.rapport.ui.pages.AccountValuePage;
import dev.rapport.ui.pages.AccountsPage;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.retention.ExitEditorIds;
import dev.rapport.domain.Account;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.ExitReason;
import dev.rapport.domain.LifecycleStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.controlsfx.control.CheckComboBox;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 17 in the exit editor, "Edit exit…" (see {@link EditorConflictFlowContract}). */
class ExitConflictFlowTest extends EditorConflictFlowContract {
    private Account account;

    ExitConflictFlowTest() {
        super(ExitEditorIds.REASON_TEXT, "retention.exit.reasonText", ExitEditorIds.SAVE, "对手便宜 15%，交期更短",
                "Competitor offered 10% less");
    }

    @Override
    protected void openTheEditorOfAStoredRecord() {
        account = app.context.accounts().save(Account.named("上海天合 Tianhe").withStage(LifecycleStage.MAINTENANCE));
        app.context.retention().exit(new AccountExit(null, account.id(), LocalDate.now(), ExitReason.PRICE, "便宜",
                new BigDecimal("300000"), new BigDecimal("15"), false, "", null), null);
        new MainWindowPage(robot).go("contacts");
        AccountsPage accounts = new AccountsPage(robot).open();
        CheckComboBox<LifecycleStage> stages = accounts.stageFilter();
        robot.interact(() -> stages.getCheckModel().check(LifecycleStage.EXITED));
        WaitForAsyncUtils.waitForFxEvents();
        accounts.selectRow(0);
        new AccountValuePage(robot).editExit();
    }

    private AccountExit current() {
        return app.context.retention().exitsOf(account.id()).get(0);
    }

    @Override
    protected void changeElsewhere(String text) {
        AccountExit e = current();
        app.context.retention().editExit(new AccountExit(e.id(), e.accountId(), e.exitedOn(), e.reason(), text,
                e.revenueAtExit(), e.marginPctAtExit(), e.avoidable(), e.winBackPlan(), e.reactivatedOn(),
                e.segmentAtExit(), e.version()), null);
    }

    @Override
    protected void deleteElsewhere() {
        // an undo of the exit, as in another window: the exit record goes
        app.context.retention().undoExit(current(), LifecycleStage.MAINTENANCE);
    }

    @Override
    protected String stored() {
        return current().reasonText();
    }
}
