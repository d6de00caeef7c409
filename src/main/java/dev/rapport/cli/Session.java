package dev.rapport.cli;

import dev.rapport.i18n.Messages;
import dev.rapport.service.AccountService;
import dev.rapport.service.AccountSummaryService;
import dev.rapport.service.BackupService;
import dev.rapport.service.ContactService;
import dev.rapport.service.ContactLogService;
import dev.rapport.service.DemoDataService;
import dev.rapport.service.PlanService;
import dev.rapport.service.RetentionService;
import dev.rapport.service.MemoryService;
import dev.rapport.service.TodayService;
import dev.rapport.service.ExportService;
import dev.rapport.service.ImportService;
import java.nio.file.Path;

/** What a subcommand works with: the services over one open data folder. */
public interface Session extends AutoCloseable {
    Path dataDir();

    Messages messages();

    AccountService accounts();

    ContactService contacts();

    DemoDataService demo();

    BackupService backups();

    PlanService plans();
    RetentionService retention();
    MemoryService memory();

    TodayService today();
    ContactLogService contactLog();

    ImportService imports();

    ExportService exports();

    AccountSummaryService summaries();

    @Override
    void close();
}
