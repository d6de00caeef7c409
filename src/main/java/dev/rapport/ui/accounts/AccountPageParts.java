package dev.rapport.ui.accounts;

import dev.rapport.ui.contactlog.AccountContactLogView;
import dev.rapport.ui.memory.AccountDatesView;
import dev.rapport.ui.plans.PlanSummaryView;
import dev.rapport.ui.retention.AccountValueView;

/**
 * The views of other screens the account detail pane shows, in its order: the account's value,
 * its plan, its important dates and its contact log. Made in {@code app/UiWiring}.
 */
public record AccountPageParts(
        AccountValueView value,
        PlanSummaryView plan,
        AccountDatesView dates,
        AccountContactLogView contactLog,
        PersonEditorOpener personEditor) {
}
