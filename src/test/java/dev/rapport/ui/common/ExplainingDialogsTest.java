package dev.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.i18n.Messages;
import dev.rapport.service.Backup;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.RecordingNotifier;
import dev.rapport.testutil.TinyDisk;
import dev.rapport.testutil.TestUi;
import dev.rapport.ui.accounts.AccountsViewModel;
import dev.rapport.ui.safety.SafetyViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the window says when a save or a backup meets a full disk or a read-only folder, on a
 * real (tiny, loop-mounted) file system: the screen's own message (what failed), then which
 * folder, the space left, that nothing saved before is lost, and what to do. Needs root and
 * mount; skipped elsewhere.
 */
class ExplainingDialogsTest {
    @TempDir
    Path tmp;

    private TinyDisk disk;
    private AppContext app;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final RecordingNotifier notifier = new RecordingNotifier();

    @BeforeEach
    void mount() {
        disk = TinyDisk.mount(tmp, "16M");
    }

    @AfterEach
    void unmount() {
        try {
            if (app != null) {
                app.close();
            }
        } catch (RuntimeException closingOnAFullDisk) {
            // what matters is what the user was told, and what the file holds once there is room
        } finally {
            disk.close();
        }
    }

    private TestUi ui() {
        return dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), dialogs);
    }

    /** The screen's message, a blank line, and the full disk explained, exactly but for the space left. */
    private static Pattern full(Messages msg, String shown, Path folder) {
        String text = shown + "\n\n" + msg.get("safety.fault.full", folder.toString(), "\u0000");
        return Pattern.compile(Pattern.quote(text).replace("\u0000", "\\E\\d+ KB\\Q"));
    }

    @Test
    void savingOnAFullDiskSaysWhichDiskIsFullAndThatNothingSavedBeforeIsLost() throws Exception {
        Path data = disk.root().resolve("data");
        app = AppContext.open(data, Clock.systemDefaultZone());
        app.accounts().save(Account.named("华为技术"));
        AccountsViewModel model = new AccountsViewModel(app.accounts(), app.plans(), app.demo(), app.retention(), ui().kit(),
                notifier);
        disk.fill();

        model.editorSave(text -> { }).save(Account.named("Siemens AG"));

        Messages msg = app.messages();
        assertThat(dialogs.errors).singleElement().asString().matches(full(msg, msg.get("error.save"), data));
        assertThat(dialogs.errors.get(0)).startsWith("Rapport could not save this.")
                .contains("\n\nThe disk that holds " + data + " is full (", " KB free). Nothing saved before is lost.");
        app.close();
        app = null;
        disk.free();
        try (AppContext reopened = AppContext.open(data, Clock.systemDefaultZone())) {
            assertThat(reopened.accounts().list()).extracting(i -> i.account().name()).containsExactly("华为技术");
        }
    }

    @Test
    void aBackupOnAFullDiskSaysTheDiskIsFullNotThatTheBackupIsDamaged() throws Exception {
        app = AppContext.open(tmp.resolve("data"), Clock.systemDefaultZone());
        app.demo().generate(60, 180, dev.rapport.service.Progress.NONE);
        Path folder = disk.root().resolve("backups");
        app.backups().setFolder(folder);
        Backup probe = app.backups().backupTo(tmp.resolve("probe.zip"));
        // room for H2's copy of the database, not for the zip that adds the backup's record to it
        disk.fillLeaving(probe.size() + probe.size() / 4);
        SafetyViewModel model = new SafetyViewModel(app.backups(), DataFolderControl.UNAVAILABLE, notifier, ui().kit());

        model.backupNow();

        Messages msg = app.messages();
        assertThat(dialogs.errors).singleElement().asString().doesNotContain(msg.get("safety.error.backupDamaged"))
                .matches(full(msg, msg.get("safety.error.backup"), folder));
        try (var left = Files.list(folder)) {
            assertThat(left.map(f -> f.getFileName().toString()).toList()).as("no half-made backup").isEmpty();
        }
    }

    @Test
    void aBackupIntoAReadOnlyFolderNamesIt() throws Exception {
        app = AppContext.open(tmp.resolve("data"), Clock.systemDefaultZone());
        app.accounts().save(Account.named("华为技术"));
        Path folder = disk.root().resolve("backups");
        Files.createDirectories(folder);
        app.backups().setFolder(folder);
        disk.readOnly();
        SafetyViewModel model = new SafetyViewModel(app.backups(), DataFolderControl.UNAVAILABLE, notifier, ui().kit());

        model.backupNow();

        Messages msg = app.messages();
        assertThat(dialogs.errors).containsExactly(msg.get("safety.error.backup") + "\n\n"
                + msg.get("safety.fault.readOnly", folder.toString()));
        assertThat(dialogs.errors.get(0)).endsWith("Rapport may not write to " + folder + ": the folder or its disk is"
                + " read-only. Nothing saved before is lost. Make the folder writable (or mount its disk read-write),"
                + " then try again.");
        assertThat(app.accounts().list()).hasSize(1);
    }

    @Test
    void anErrorWithoutAKnownCauseIsShownAsTheScreenSaysIt() {
        FakeDialogs shown = new FakeDialogs();
        DialogService explaining = ExplainingDialogs.around(shown, new Messages(java.util.Locale.ENGLISH));

        explaining.showError("Rapport could not save this.", new IllegalStateException("a bug"));

        assertThat(shown.errors).containsExactly("Rapport could not save this.");
        assertThat(ExplainingDialogs.around(explaining, new Messages(java.util.Locale.ENGLISH)))
                .as("wrapped once").isSameAs(explaining);
        assertThat(shown.errorCauses).singleElement().extracting(Throwable::getMessage).isEqualTo("a bug");
    }
}
