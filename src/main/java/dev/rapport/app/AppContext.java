package dev.rapport.app;

import dev.rapport.cli.Session;
import dev.rapport.domain.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.service.AccountService;
import dev.rapport.service.ContactService;
import dev.rapport.service.DemoDataService;
import dev.rapport.service.SettingsService;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.Database;
import dev.rapport.store.PreferencesFile;
import dev.rapport.ui.UiContext;
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
    private final SettingsService settings;
    private final AccountService accounts;
    private final ContactService contacts;
    private final DemoDataService demo;

    private AppContext(Path dataDir, Database database, SettingsService settings, Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        this.settings = settings;
        Language language = settings.language();
        this.messages = new Messages(language.locale());
        AccountRepository accountRepo = new AccountRepository(database, clock);
        ContactRepository contactRepo = new ContactRepository(database, clock);
        this.accounts = new AccountService(accountRepo, contactRepo, language.locale());
        this.contacts = new ContactService(contactRepo, accountRepo, language.locale(), clock);
        this.demo = new DemoDataService(database, accountRepo, contactRepo, clock);
    }

    /**
     * Opens the data folder: logging to it, preferences, the database.
     *
     * @throws dev.rapport.store.AlreadyOpenException when another Rapport has it open
     */
    public static AppContext open(Path dataDir, Clock clock) {
        LogSetup.toDataFolder(dataDir);
        SettingsService settings = new SettingsService(PreferencesFile.load(dataDir));
        Database database = Database.open(dataDir);
        return new AppContext(dataDir, database, settings, clock);
    }

    /** The user's language for this folder, readable before the database is opened. */
    public static Messages messagesFor(Path dataDir) {
        return new Messages(new SettingsService(PreferencesFile.load(dataDir)).language().locale());
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    public SettingsService settings() {
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

    /** What the screens get: these services, with the window's executor and dialogs. */
    public UiContext uiContext(TaskExecutor executor, DialogService dialogs) {
        return new UiContext(messages, new Formats(messages.locale()), executor, dialogs, accounts, contacts, demo,
                settings, dataDir, Version.current());
    }

    @Override
    public void close() {
        database.close();
    }
}
