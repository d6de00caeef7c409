package dev.rapport.app;

import dev.rapport.cli.Session;
import dev.rapport.domain.ChangedBy;
import dev.rapport.domain.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.service.AccountService;
import dev.rapport.service.AccountSummaryService;
import dev.rapport.service.BackupService;
import dev.rapport.service.ChangeHistory;
import dev.rapport.service.RestoreService;
import dev.rapport.service.ContactService;
import dev.rapport.service.ContactLogService;
import dev.rapport.service.DemoDataService;
import dev.rapport.service.DemoPlanData;
import dev.rapport.service.PlanService;
import dev.rapport.service.RetentionService;
import dev.rapport.service.DemoMemoryData;
import dev.rapport.service.MemoryService;
import dev.rapport.service.TodayService;
import dev.rapport.service.ExportService;
import dev.rapport.service.ImportService;
import dev.rapport.service.MachinePreferencesService;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.Database;
import dev.rapport.store.DatabaseKey;
import dev.rapport.store.PlanRepository;
import dev.rapport.store.FamilyRepository;
import dev.rapport.store.GiftRepository;
import dev.rapport.store.ImportantDateRepository;
import dev.rapport.store.ContactInterestsRepository;
import dev.rapport.store.InteractionRepository;
import dev.rapport.store.BusinessSettingsRepository;
import dev.rapport.store.MachinePreferencesFile;
import dev.rapport.store.RetentionRepository;
import dev.rapport.store.BusinessSettingsRepository;
import dev.rapport.ui.common.Pacer;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.common.DataFolderControl;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.DialogService;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The one place where Rapport's objects are made and wired, for the window and the CLI alike.
 * Closing it closes the database and releases the data folder.
 */
public final class AppContext implements Session {
    private final Path dataDir;
    private final Database database;
    private final Messages messages;
    private final MachinePreferencesService settings;
    private final AccountService accounts;
    private final ContactService contacts;
    private final DemoDataService demo;
    private final BackupService backups;
    private final DatabaseKey key;
    private final Clock clock;
    private final PlanService plans;
    private final RetentionService retention;
    private final MemoryService memory;
    private final TodayService today;
    private final ContactLogService contactLog;
    private final ImportService imports;
    private final ExportService exports;
    private final AccountSummaryService summaries;
    /** This session's saved changes, for the window's undo and redo; never persisted. */
    private final ChangeHistory history = new ChangeHistory();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private Thread shutdownHook;

    private AppContext(Path dataDir, Database database, DatabaseKey key, MachinePreferencesService settings, Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        this.settings = settings;
        Language language = settings.language();
        this.messages = new Messages(language.locale());
        AccountRepository accountRepo = new AccountRepository(database, clock);
        ContactRepository contactRepo = new ContactRepository(database, clock);
        this.accounts = new AccountService(accountRepo, contactRepo, language.locale(), history);
        this.contacts = new ContactService(contactRepo, accountRepo, language.locale(), clock, history);
        FamilyRepository familyRepo = new FamilyRepository(database, clock);
        ContactInterestsRepository preferenceRepo = new ContactInterestsRepository(database, clock);
        ImportantDateRepository dateRepo = new ImportantDateRepository(database, clock);
        GiftRepository giftRepo = new GiftRepository(database, clock);
        this.memory = new MemoryService(familyRepo, dateRepo, giftRepo, preferenceRepo, clock, history);
        this.today = new TodayService(familyRepo, dateRepo, settings, clock);
        this.demo = new DemoDataService(database, accountRepo, contactRepo, clock,
                new DemoMemoryData(database, familyRepo, dateRepo, giftRepo, preferenceRepo));
        this.backups = new BackupService(database, key, settings, clock);
        this.key = key;
        this.clock = clock;
        PlanRepository planRepo = new PlanRepository(database, clock);
        this.plans = new PlanService(database, planRepo, accountRepo, clock, history);
        this.demo.withPlans(new DemoPlanData(database, planRepo, contactRepo));
        this.contactLog = new ContactLogService(new InteractionRepository(database, clock), accountRepo, contactRepo,
                new BusinessSettingsRepository(database), clock, history);
        this.retention = new RetentionService(database, accountRepo, new RetentionRepository(database, clock),
                new BusinessSettingsRepository(database), plans, contactLog, clock, history);
        this.exports = new ExportService(accountRepo, contactRepo, plans, memory, contactLog, messages);
        this.summaries = new AccountSummaryService(accountRepo, contactRepo, plans, memory, contactLog, messages,
                clock,
                AccountSummaryService.paperOfThisMachine());
        this.imports = new ImportService(database, accountRepo, contactRepo, language.locale(), clock, history);
    }

    /**
     * Opens the data folder: logging to it, preferences, the database.
     *
     * @throws dev.rapport.store.AlreadyOpenException when another Rapport has it open
     */
    public static AppContext open(Path dataDir, Clock clock) {
        return open(dataDir, DatabaseKey.NONE, clock);
    }

    /**
     * Opens the data folder with the key of an encrypted database, for the window.
     *
     * @throws dev.rapport.store.CannotOpenException when the database is damaged or the key wrong
     */
    public static AppContext open(Path dataDir, DatabaseKey key, Clock clock) {
        return open(dataDir, key, clock, () -> { });
    }

    /** ...telling {@code beforeMigrating} when the database must be migrated (and so backed up) first. */
    static AppContext open(Path dataDir, DatabaseKey key, Clock clock, Runnable beforeMigrating) {
        return open(dataDir, key, clock, beforeMigrating, ChangedBy.window());
    }

    /**
     * Opens the data folder for writes that come from the origin: the window, or the command line
     * with its command. Each versioned row written names it (decision 0017).
     */
    public static AppContext open(Path dataDir, DatabaseKey key, Clock clock, ChangedBy origin) {
        return open(dataDir, key, clock, () -> { }, origin);
    }

    private static AppContext open(Path dataDir, DatabaseKey key, Clock clock, Runnable beforeMigrating,
            ChangedBy origin) {
        LogSetup.toDataFolder(dataDir);
        MachinePreferencesService settings = settingsFor(dataDir);
        Database database = Database.open(dataDir, key, beforeMigrating);
        database.origin().session(origin);
        return new AppContext(dataDir, database, key, settings, clock);
    }

    static MachinePreferencesService settingsFor(Path dataDir) {
        return new MachinePreferencesService(MachinePreferencesFile.load(dataDir));
    }

    /** Restores and password changes, for a folder that is not open. */
    public static RestoreService restoreService(Path dataDir, Clock clock) {
        return new RestoreService(dataDir, settingsFor(dataDir), clock);
    }

    /** The user's language for this folder, readable before the database is opened. */
    public static Messages messagesFor(Path dataDir) {
        return new Messages(new MachinePreferencesService(MachinePreferencesFile.load(dataDir)).language().locale());
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    public MachinePreferencesService settings() {
        return settings;
    }

    @Override
    public AccountService accounts() {
        return accounts;
    }

    @Override
    public ContactService contacts() {
        return contacts;
    }

    @Override
    public DemoDataService demo() {
        return demo;
    }

    @Override
    public BackupService backups() {
        return backups;
    }

    @Override
    public PlanService plans() {
        return plans;
    }

    @Override
    public RetentionService retention() {
        return retention;
    }

    @Override
    public MemoryService memory() {
        return memory;
    }

    @Override
    public TodayService today() {
        return today;
    }

    @Override
    public ContactLogService contactLog() {
        return contactLog;
    }

    @Override
    public ImportService imports() {
        return imports;
    }

    @Override
    public ExportService exports() {
        return exports;
    }

    @Override
    public AccountSummaryService summaries() {
        return summaries;
    }

    /** What this session changed, for undo and redo. */
    public ChangeHistory history() {
        return history;
    }

    /** The key the database was opened with, to reopen it after a restore. */
    public DatabaseKey key() {
        return key;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The screen layer's tools for a window over this folder: its executor and dialogs, and the
     * scope that labels the window's writes (decision 0017). The services are not in it: UiWiring
     * hands each view model the ones it uses (decision 0020).
     */
    public UiKit uiKit(TaskExecutor executor, DialogService dialogs, Pacer pacer) {
        return new UiKit(messages, new Formats(messages.locale()), executor, dialogs, new OpenEditors(),
                database.origin(), pacer);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        history.clear();
        try {
            database.close();
        } finally {
            forgetShutdownHook();
        }
    }

    /**
     * When the JVM is asked to stop (SIGTERM at logout or shutdown, Ctrl+C) while this folder is
     * open, back up and close it as closing the window would. Without this the window's own close
     * never runs, and the day's changes have no backup.
     */
    public synchronized void backUpAndCloseOnShutdown() {
        if (shutdownHook == null) {
            shutdownHook = new Thread(this::closeAfterBackup, "rapport-shutdown-backup");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    private synchronized void forgetShutdownHook() {
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already stopping; the hook finds the folder closed and does nothing
            }
        }
        shutdownHook = null;
    }

    /**
     * Backs up, then closes: what the window does when the user quits. A failed backup is
     * logged and does not keep the folder open. Synchronized: the window closes the folder on a
     * thread of its own, and a SIGTERM meanwhile must wait for that backup, not start a second one.
     */
    public synchronized void closeAfterBackup() {
        if (closed.get()) {
            return;
        }
        try {
            backups.backupNow();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AppContext.class).warn("backup on exit failed", e);
        } finally {
            close();
        }
    }
}
