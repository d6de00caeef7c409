package dev.rapport.ui.safety;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.service.Backup;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.ui.common.DataFolderControl;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Notifier;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetyViewModelTest {
    @TempDir
    Path dataDir;

    private AppContext app;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> statuses = new ArrayList<>();
    private final FakeControl control = new FakeControl();
    private SafetyViewModel model;

    @BeforeEach
    void open() {
        app = AppContext.open(dataDir, Clock.systemDefaultZone());
        app.accounts().save(Account.named("华为技术"));
        Notifier notifier = new Notifier() {
            @Override
            public void status(String message) {
                statuses.add(message);
            }

            @Override
            public void undoable(String message, Runnable undo) {
                statuses.add(message);
            }
        };
        model = new SafetyViewModel(app.backups(), control, notifier,
                dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), dialogs).kit());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void backUpNowListsTheCheckedBackupWithItsCounts() {
        model.refresh();
        assertThat(model.backups()).isEmpty();

        model.backupNow();

        assertThat(model.backups()).singleElement().satisfies(b -> {
            assertThat(b.accounts()).isEqualTo(1);
            assertThat(b.file().getParent()).isEqualTo(dataDir.resolve("backups"));
        });
        assertThat(statuses).last().asString().contains("1 account,");
        assertThat(model.folderProperty().get()).isEqualTo(dataDir.resolve("backups").toString());
    }

    @Test
    void backUpNowIsABackupByHandThatNeverReplacesAnother() {
        for (int i = 0; i < 3; i++) {
            model.backupNow();
        }
        app.backups().backupNow(); // the automatic one, as on closing: it thins only automatic ones
        model.refresh();

        assertThat(model.backups()).hasSize(4);
        assertThat(model.backups().stream().filter(b -> b.kind().equals("manual"))).hasSize(3);
    }

    @Test
    void restoreShowsWhatWillBeReplacedAndOnlyRestoresWhenTheUserAgrees() {
        model.backupNow();
        Backup backup = model.backups().get(0);
        app.accounts().save(Account.named("Siemens AG"));

        dialogs.answering(false);
        model.restore(backup);
        assertThat(dialogs.confirmations).singleElement().asString()
                .contains("2 accounts, 0 contacts").contains("1 account, 0 contacts");
        assertThat(control.restored).isEmpty();

        dialogs.answering(true);
        model.restore(backup);
        assertThat(control.restored).containsExactly(backup.file());
    }

    @Test
    void aNewPasswordMustBeLongEnoughAndTypedTwiceTheSame() {
        assertThat(model.setPassword(new char[0], "kurz".toCharArray(), "kurz".toCharArray())).isFalse();
        assertThat(model.errors()).containsKey("newPassword");

        assertThat(model.setPassword(new char[0], "lang genug 1".toCharArray(), "lang genug 2".toCharArray())).isFalse();
        assertThat(model.errors()).containsOnlyKeys("repeatPassword");
        assertThat(control.passwords).isEmpty();

        assertThat(model.setPassword(new char[0], "长密码 long enough".toCharArray(),
                "长密码 long enough".toCharArray())).isTrue();
        assertThat(model.errors()).isEmpty();
        assertThat(control.passwords).containsExactly("null->长密码 long enough");
    }

    /** Records what the launcher would have done. */
    static final class FakeControl implements DataFolderControl {
        final List<Path> restored = new ArrayList<>();
        final List<String> passwords = new ArrayList<>();

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public boolean encrypted() {
            return false;
        }

        @Override
        public void restore(Path backup, Consumer<Throwable> onFailure) {
            restored.add(backup);
        }

        @Override
        public void changePassword(char[] current, char[] next, Consumer<Throwable> onFailure) {
            passwords.add((current == null ? "null" : new String(current)) + "->" + new String(next));
        }
    }
}
