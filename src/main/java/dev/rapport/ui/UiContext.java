package dev.rapport.ui;

import dev.rapport.domain.WriteScope;
import dev.rapport.i18n.Messages;
import dev.rapport.service.AccountService;
import dev.rapport.service.AccountSummaryService;
import dev.rapport.service.BackupService;
import dev.rapport.service.ChangeHistory;
import dev.rapport.service.ContactService;
import dev.rapport.service.ContactLogService;
import dev.rapport.service.DemoDataService;
import dev.rapport.service.PlanService;
import dev.rapport.service.RetentionService;
import dev.rapport.service.MemoryService;
import dev.rapport.service.ExportService;
import dev.rapport.service.ImportService;
import dev.rapport.service.MachinePreferencesService;
import dev.rapport.service.TodayService;
import dev.rapport.ui.common.DataFolderControl;
import dev.rapport.ui.common.DialogService;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.TaskExecutor;
import java.nio.file.Path;

/**
 * Being retired (decision 0020): screens move to {@link dev.rapport.ui.common.UiKit} plus the
 * services each view model names in its constructor, wired in {@code app/UiWiring}.
 * What the screens need, handed to them by the app's wiring. {@code places} labels a screen's
 * writes with where in the window they were made (decision 0017).
 */
public record UiContext(
        Messages messages,
        Formats formats,
        TaskExecutor executor,
        DialogService dialogs,
        AccountService accounts,
        ContactService contacts,
        DemoDataService demo,
        MachinePreferencesService settings,
        Path dataDir,
        String version,
        BackupService backups,
        DataFolderControl folderControl,
        PlanService plans,
        RetentionService retention,
        MemoryService memory,
        TodayService today,
        ContactLogService contactLog,
        ImportService imports,
        ExportService exports,
        AccountSummaryService summaries,
        OpenEditors editors,
        ChangeHistory history,
        WriteScope places,
        java.time.Clock clock) {

    /** Errors shown on any screen explain a full disk or read-only folder. */
    public UiContext {
        dialogs = dev.rapport.ui.common.ExplainingDialogs.around(dialogs, messages);
    }

    /** The screen layer's own tools, without the services. */
    public dev.rapport.ui.common.UiKit kit() {
        return new dev.rapport.ui.common.UiKit(messages, formats, executor, dialogs, editors, places);
    }
}
