package dev.rapport.app;

import dev.rapport.i18n.Messages;
import dev.rapport.service.Backup;
import dev.rapport.service.RestoreService;
import dev.rapport.service.SafetyException;
import dev.rapport.store.AlreadyOpenException;
import dev.rapport.store.CannotOpenException;
import dev.rapport.store.Database;
import dev.rapport.store.DatabaseKey;
import dev.rapport.ui.common.DataFolderControl;
import dev.rapport.ui.common.DialogService;
import dev.rapport.ui.common.ControlWarmUp;
import dev.rapport.ui.common.FramePacer;
import dev.rapport.ui.common.Styles;
import dev.rapport.ui.common.FxDialogService;
import dev.rapport.ui.common.FxTaskExecutor;
import dev.rapport.ui.common.Fonts;
import dev.rapport.ui.main.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the data folder and then the window; closing the window backs up and closes the folder.
 * It asks for the password of an encrypted database, offers the newest backup when the file is
 * damaged, backs up once a day while open, and closes and reopens the folder for a restore or a
 * password change (the {@link DataFolderControl} the Settings screen uses). The slow steps run in
 * a {@link FolderSession}, off the FX thread, with a {@link FolderProgress} saying what they do.
 */
final class DesktopLauncher implements DataFolderControl {
    private final Path dataDir;
    private final Clock clock = Clock.systemDefaultZone();
    private final KeyDerivationStep.KeyDeriver deriver;
    /** Runs the folder's steps (open, restore, re-key, close) off the FX thread. */
    private final Executor folderSteps;
    private Messages messages;
    /** Written by a password change's step, read by the FX thread and the next step. */
    private volatile DatabaseKey key = DatabaseKey.NONE;
    private FolderSession session;
    /** Completed once the last close of the window has backed up and released the folder. */
    private volatile CompletableFuture<Void> folderClosed = CompletableFuture.completedFuture(null);
    private AppContext context;
    private FxTaskExecutor executor;
    /** Fills long screens a frame at a time; one for the launcher's life, across reopened windows. */
    private final FramePacer pacer = new FramePacer();
    private BackupTimer backupTimer;
    private Stage stage;
    private MainWindow window;
    private boolean reopening;
    private boolean greeted;
    /** What the status bar says once the window is open (after a restore at start). */
    private String pendingStatus;

    DesktopLauncher(Path dataDir) {
        this(dataDir, DatabaseKey::fromPassword);
    }

    /** With another key derivation: tests hold it back to see the dialogs while the key is derived. */
    DesktopLauncher(Path dataDir, KeyDerivationStep.KeyDeriver deriver) {
        this(dataDir, deriver, FolderSession.OWN_THREAD);
    }

    /** ...and another way to run the folder's steps: tests hold them to look at the window meanwhile. */
    DesktopLauncher(Path dataDir, KeyDerivationStep.KeyDeriver deriver, Executor folderSteps) {
        this.dataDir = dataDir;
        this.deriver = deriver;
        this.folderSteps = folderSteps;
        this.firstRun = !java.nio.file.Files.exists(Database.file(dataDir));
    }

    static void launch(Path dataDir) {
        DesktopLauncher launcher = new DesktopLauncher(dataDir);
        // Opening the database (lock, migrations, checks) and starting the toolkit take about as
        // long as each other: do them side by side. An encrypted folder waits for its password.
        launcher.beginOpening();
        launcher.icons = new CompletableFuture<>();
        Platform.startup(() -> { });
        // dialogs before the window (password, damaged file) run in a later pulse, once the toolkit is up
        Platform.runLater(launcher::start);
        // The main thread has nothing else to do: it loads the bundled font and decodes the icons
        // while the FX thread starts on the window, which waits for the font before it styles anything.
        try {
            Fonts.loadBundled();
        } finally {
            launcher.icons.complete(WindowIcons.load());
        }
    }

    /** The window's icons as the main thread decodes them (an Image may be made on any thread); null: decode here. */
    private volatile CompletableFuture<List<Image>> icons;

    private CompletableFuture<AppContext> openingEarly;
    /** Set by the early open when it must migrate; the FX thread, waiting for it, then says so. */
    private volatile boolean migratingEarly;
    /** Whether the FX thread waits for the early open now, so a migration starting meanwhile is announced. */
    private volatile boolean awaitingEarly;
    /** The window's frame, built while the database opened; used by the first showWindow only. */
    private MainWindow frame;
    /** A frame is to be built in a pulse of its own while the folder opens (see openFolder). */
    private boolean framePending;
    /** The controls' warm-up has been handed to the pacer (see showWindow). */
    private boolean warmed;
    /** A folder without a database: the first start recommends encryption before creating it. */
    private boolean firstRun;

    /** Starts opening the folder on its own thread, where no question must be asked first. */
    void beginOpening() {
        openingEarly = openInBackground();
    }

    private CompletableFuture<AppContext> openInBackground() {
        if (firstRun) {
            return null; // the database is created only after the user chose whether to encrypt it
        }
        try {
            if (Database.isEncrypted(dataDir)) {
                return null;
            }
        } catch (RuntimeException e) {
            return null; // start() meets the same problem again and explains it to the user
        }
        CompletableFuture<AppContext> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(AppContext.open(dataDir, DatabaseKey.NONE, clock, () -> {
                    migratingEarly = true;
                    if (awaitingEarly) {
                        session.announce("folder.migrating");
                    }
                }));
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            }
        }, "rapport-open");
        opener.setDaemon(true);
        opener.start();
        return opening;
    }

    /**
     * The context opened side by side with the toolkit, or a fresh open (after a password, a
     * restore), waited for with the FX thread's events running and the step shown.
     */
    private AppContext openContext() {
        CompletableFuture<AppContext> early = openingEarly;
        openingEarly = null;
        if (early == null) {
            DatabaseKey using = key;
            return session.await("folder.opening",
                    () -> AppContext.open(dataDir, using, clock, () -> session.announce("folder.migrating")));
        }
        try {
            if (early.isDone()) {
                return early.join();
            }
            awaitingEarly = true;
            try {
                return session.await(migratingEarly ? "folder.migrating" : "folder.opening", early::join);
            } finally {
                awaitingEarly = false;
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Opens the folder (asking what must be asked) and shows the window, or quits. */
    void start() {
        // the screens' classes load in the background while the user reads the first dialog or Today
        ClassWarmer.startOnce();
        // the password and damaged-file dialogs come and go before the window: closing them must not quit
        Platform.setImplicitExit(false);
        WindowClass.apply();
        messages = AppContext.messagesFor(dataDir);
        if (session == null) {
            session = new FolderSession(messages, folderSteps);
            new FolderProgress(session.stepProperty(), () -> messages.get("app.title"),
                    () -> stage != null && stage.isShowing() ? stage : null);
        } else {
            session.messages(messages);
        }
        if (openingEarly != null) {
            prepareFrame();
        } else {
            Fonts.loadBundled(); // the dialogs before the window show Chinese too
        }
        if (!warmed) { // once per start, in frames the password prompt and the folder's open leave idle
            warmed = true;
            pacer.spare(ControlWarmUp.steps(Styles.url()));
        }
        // before the window shows, dialogs stand alone: an unshown stage is no owner to centre on
        DialogService dialogs = dev.rapport.ui.common.ExplainingDialogs.around(
                new FxDialogService(messages, () -> stage != null && stage.isShowing() ? stage : null), messages);
        // the password dialogs derive the key here, off the FX thread; the window gets its own executor
        try (FxTaskExecutor unlocking = new FxTaskExecutor()) {
            openFolder(dialogs, unlocking);
        }
    }

    private void openFolder(DialogService dialogs, FxTaskExecutor unlocking) {
        while (true) {
            try {
                if (firstRun) {
                    firstRun = false;
                    Optional<DatabaseKey> chosen = askFirstRun(unlocking);
                    if (chosen.isPresent()) {
                        key = chosen.get();
                        pendingStatus = messages.get("safety.password.changed");
                    }
                }
                if (Database.isEncrypted(dataDir) && !key.encrypts()) {
                    Optional<DatabaseKey> typed = PasswordPrompt.ask(messages, dataDir, deriver, unlocking);
                    if (typed.isEmpty()) {
                        Platform.exit();
                        return;
                    }
                    key = typed.get();
                }
                boolean early = openingEarly != null;
                if (!early && frame == null) {
                    // an encrypted folder opens only now: build the frame while it does, in a pulse of
                    // its own, as the early open does; built with the window it doubled the window's stall
                    framePending = true;
                    pacer.later(List.of(() -> {
                        if (framePending) {
                            framePending = false;
                            buildFrame();
                        }
                    }, () -> {
                        if (frame != null) { // not yet taken by showWindow, which styles it as it shows
                            frame.applyStyles();
                        }
                    }));
                }
                context = openContext();
                framePending = false; // opened before the frame was built: showWindow builds it
                showWindow();
                return;
            } catch (AlreadyOpenException e) {
                info(messages.get("error.alreadyOpen"));
                Platform.exit();
                return;
            } catch (CannotOpenException e) {
                log().warn("database not opened: {}", e.reason());
                if (e.reason() == CannotOpenException.Reason.WRONG_PASSWORD_OR_DAMAGED
                        || e.reason() == CannotOpenException.Reason.PASSWORD_REQUIRED) {
                    dialogs.showError(messages.get("safety.error.wrongPassword"), null);
                    key = DatabaseKey.NONE;
                    continue;
                }
                if (!offerNewestBackup(dialogs)) {
                    Platform.exit();
                    return;
                }
            } catch (RuntimeException e) {
                // anything else: say so and quit, rather than leave a process with no window; a full disk or
                // read-only folder is explained (the log there may not be writable, so not "see the log")
                dialogs.showError(dev.rapport.domain.KnownProblem.in(e).isPresent()
                        ? messages.get("safety.start.cannotOpen", dataDir.toString())
                        : messages.get("cli.failed", dataDir.resolve("logs").toString()), e);
                Platform.exit();
                return;
            }
        }
    }

    /** The first-run question, asked again in another language when the user switches to it. */
    private Optional<DatabaseKey> askFirstRun(FxTaskExecutor unlocking) {
        dev.rapport.service.MachinePreferencesService settings = AppContext.settingsFor(dataDir);
        while (true) {
            FirstRunDialog.Choice choice = FirstRunDialog.ask(messages, settings.language(), dataDir, deriver, unlocking);
            if (choice.otherLanguage() == null) {
                return choice.key();
            }
            settings.setLanguage(choice.otherLanguage());
            messages = AppContext.messagesFor(dataDir);
            session.messages(messages);
        }
    }

    /** For a damaged file: offers to restore the newest backup; false when the user declines or there is none. */
    private boolean offerNewestBackup(DialogService dialogs) {
        RestoreService restore = AppContext.restoreService(dataDir, clock);
        // each backup's zip is opened to read what it holds: not on the FX thread
        Optional<Backup> newest = session.await("folder.opening", restore::newestBackup);
        if (newest.isEmpty()) {
            dialogs.showError(messages.get("safety.start.damagedNoBackup", dataDir.toString()), null);
            return false;
        }
        Backup b = newest.get();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault()).format(b.created());
        if (!dialogs.confirm(messages.get("safety.start.damagedTitle"),
                messages.get("safety.start.damaged", when, b.accounts(), b.contacts()),
                messages.get("safety.start.restoreButton"))) {
            return false;
        }
        try {
            DatabaseKey using = key;
            session.await("folder.restoring", () -> restore.restore(b.file(), using));
            pendingStatus = messages.get("safety.restored", b.file().getFileName());
            return true;
        } catch (SafetyException e) {
            dialogs.showError(messages.get(e.messageKey()), e);
            return false;
        }
    }

    /**
     * While the database opens on its own thread, the FX thread would only wait: it builds the
     * stage and the window's frame (rail, status bar, style sheets) meanwhile, in the folder's
     * language, which the preferences file gives without the database.
     */
    private void prepareFrame() {
        buildFrame();
        frame.applyStyles();
    }

    /** The frame without its styles: an encrypted folder's open styles it a frame later. */
    private void buildFrame() {
        createStage();
        useLanguage(messages);
        executor = new FxTaskExecutor();
        frame = new MainWindow(messages, dataDir, executor);
        Fonts.loadBundled(); // waits for the main thread's load: the style sheet names the font
    }

    private void createStage() {
        if (stage == null) {
            stage = new Stage();
            CompletableFuture<List<Image>> decoding = icons;
            if (decoding == null) { // decoded off the FX thread: a few dozen ms of PNG work otherwise
                decoding = CompletableFuture.supplyAsync(WindowIcons::load);
            }
            // they follow the moment they are decoded; a stage shows fine without them
            decoding.thenAccept(list -> Platform.runLater(() -> stage.getIcons().setAll(list)));
            stage.setOnHidden(e -> {
                if (!reopening) {
                    closeFolder();
                }
            });
        }
    }

    /**
     * Date pickers and JavaFX's own controls format by the default locale: make it the user's
     * language, not the machine's, so a Chinese screen does not show 11/29/2026.
     */
    private static void useLanguage(Messages language) {
        // JavaFX's own texts (OK, Cancel, Show Details in dialogs) follow the plain default locale
        java.util.Locale.setDefault(language.locale());
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, language.locale());
        java.util.Locale.setDefault(java.util.Locale.Category.DISPLAY, language.locale());
    }

    private void showWindow() {
        createStage();
        MainWindow prepared = frame;
        frame = null;
        boolean framed = prepared != null && context.messages().locale().equals(messages.locale());
        if (!framed) {
            if (prepared != null) {
                executor.close();
            }
            executor = new FxTaskExecutor();
        }
        context.backUpAndCloseOnShutdown();
        useLanguage(context.messages());
        UiWiring wiring = new UiWiring(context,
                context.uiKit(executor, new FxDialogService(context.messages(), () -> stage), pacer), this);
        window = framed ? prepared : new MainWindow(context.messages(), context.dataDir(), executor);
        wiring.open(window, stage);
        if (!greeted) { // once per start, not again after a restore or a password change reopens the window
            greeted = true;
            wiring.greet(stage);
        }
        Platform.setImplicitExit(true);
        if (pendingStatus != null) {
            window.status(pendingStatus);
            pendingStatus = null;
        }
        AppContext open = context;
        backupTimer = new BackupTimer(open, () -> Platform.runLater(() -> backUpIfDue(open)));
        log().info("Rapport {} opened {}", Version.current(), dataDir);
    }

    /** The daily backup, in the window's executor: the status bar says "Backing up…", then how it went. */
    void backUpIfDue(AppContext open) {
        if (open != context || reopening) {
            return; // the folder was closed or reopened since the timer asked
        }
        Messages words = open.messages();
        MainWindow shown = window;
        executor.submit(words.get("safety.task.backup"), p -> open.backups().backupIfDue(), made -> made.ifPresent(b -> {
            log().info("daily backup made: {}", b.file().getFileName());
            shown.status(words.get("safety.backedUp", b.accounts(), b.contacts()));
        }), e -> {
            log().warn("daily backup failed", e);
            shown.status(words.get("safety.error.backup"));
        });
    }

    /**
     * The window is gone the moment the user closes it; the work still queued, the backup and the
     * close run as a folder step. The toolkit, and so the process, stays until they are done, and
     * only then exits as it would have (a test's toolkit, kept on purpose, stays).
     */
    private void closeFolder() {
        boolean exitAfter = Platform.isImplicitExit();
        Platform.setImplicitExit(false);
        CompletableFuture<Void> done = new CompletableFuture<>();
        folderClosed = done;
        backupTimer.stop();
        AppContext closing = context;
        FxTaskExecutor queued = executor;
        session.run("folder.closing", () -> {
            queued.close(); // a save in flight is not lost
            closing.closeAfterBackup();
            return null;
        }, ok -> {
            log().info("closed {}", dataDir);
            closed(done, exitAfter);
        }, e -> {
            log().error("closing {} failed", dataDir, e);
            closed(done, exitAfter);
        });
    }

    private static void closed(CompletableFuture<Void> done, boolean exit) {
        done.complete(null);
        if (exit) {
            Platform.exit();
        }
    }

    /** Completes once the window's last close has backed up and released the folder. */
    CompletableFuture<Void> folderClosed() {
        return folderClosed;
    }

    /** The open folder's context (replaced by each reopen); null while closed. */
    AppContext context() {
        return reopening ? null : context;
    }

    /** Whether the window is still filling in a screen or warming up, a frame at a time; on the FX thread. */
    boolean filling() {
        return pacer.busy();
    }

    Stage stage() {
        return stage;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean encrypted() {
        return key.encrypts();
    }

    @Override
    public void restore(Path backup, Consumer<Throwable> onFailure) {
        RestoreService restore = AppContext.restoreService(dataDir, clock);
        reopenAfter("folder.restoring", () -> restore.restore(backup, key),
                messages.get("safety.restored", backup.getFileName()), onFailure);
    }

    @Override
    public void changePassword(char[] current, char[] next, Consumer<Throwable> onFailure) {
        RestoreService folder = AppContext.restoreService(dataDir, clock);
        DatabaseKey[] nextKey = new DatabaseKey[1];
        reopenAfter("folder.changingPassword", () -> {
            try {
                DatabaseKey currentKey = current == null ? DatabaseKey.NONE : folder.keyFromPassword(current);
                nextKey[0] = next == null ? DatabaseKey.NONE : folder.keyFromPassword(next);
                folder.changePassword(currentKey, nextKey[0]);
                key = nextKey[0];
            } finally {
                if (current != null) {
                    Arrays.fill(current, '\0');
                }
                if (next != null) {
                    Arrays.fill(next, '\0');
                }
            }
        }, messages.get(next == null ? "safety.password.removed" : "safety.password.changed"), onFailure);
    }

    /**
     * Closes the folder, runs the work, and reopens the folder, all as one folder step off the FX
     * thread, while the window shows it is busy; then shows the window on the folder, whether the
     * work succeeded (then the status bar says so) or not (then the error is shown).
     */
    private void reopenAfter(String stepKey, Runnable work, String doneMessage, Consumer<Throwable> onFailure) {
        reopening = true;
        Platform.setImplicitExit(false);
        stage.getScene().getRoot().setDisable(true);
        stage.getScene().setCursor(javafx.scene.Cursor.WAIT);
        backupTimer.stop();
        AppContext closing = context;
        FxTaskExecutor queued = executor;
        Throwable[] failed = new Throwable[1];
        session.run(stepKey, () -> {
            queued.close(); // a save in flight is not lost
            closing.close();
            try {
                work.run();
            } catch (RuntimeException e) {
                failed[0] = e;
            }
            session.announce("folder.opening");
            return AppContext.open(dataDir, key, clock, () -> session.announce("folder.migrating"));
        }, reopened -> {
            reopening = false;
            context = reopened;
            showWindow();
            window.select("settings");
            if (failed[0] == null) {
                window.status(doneMessage);
            } else {
                onFailure.accept(failed[0]);
            }
        }, error -> {
            reopening = false;
            log().error("cannot reopen {}", dataDir, error);
            start();
        });
    }

    private void info(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        dev.rapport.ui.common.Styles.apply(alert.getDialogPane());
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    /**
     * Not a static field: this class is loaded on the way to the window, and a logger there would
     * start Logback on the critical path; the data folder's opener thread starts it meanwhile.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(DesktopLauncher.class);
    }
}
