package dev.rapport.ui.memory;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.ChangedBy;
import dev.rapport.domain.Contact;
import dev.rapport.domain.EditConflict;
import dev.rapport.domain.WindowPlace;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Notifier;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0014's known gap, closed: two memory panes of one person no longer overwrite each other's
 * preference tags. The stale pane's save is refused and names the pane that saved the newer tags.
 */
class PreferenceTagsConflictTest {
    @TempDir
    Path dataDir;

    private static final Notifier QUIET = new Notifier() {
        @Override
        public void status(String message) {
        }

        @Override
        public void undoable(String message, Runnable undo) {
        }
    };

    @Test
    void aSecondPaneSavingTagsItReadBeforeTheFirstSavedIsRefusedAndTheFirstPanesTagsStay() {
        try (AppContext context = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            Account account = context.accounts().save(Account.named("Fabrikam Foods"));
            Contact anna = context.contacts().save(Contact.named("Anna Müller", account.id()));
            FakeDialogs firstDialogs = new FakeDialogs();
            FakeDialogs secondDialogs = new FakeDialogs();
            ContactMemoryViewModel first = new ContactMemoryViewModel(context.memory(), context.clock(),
                    dev.rapport.testutil.TestUi.of(context, new DirectTaskExecutor(), firstDialogs).kit(), QUIET);
            ContactMemoryViewModel second = new ContactMemoryViewModel(context.memory(), context.clock(),
                    dev.rapport.testutil.TestUi.of(context, new DirectTaskExecutor(), secondDialogs).kit(), QUIET);
            first.show(anna);
            second.show(anna);

            first.tagsText.set("loves flowers");
            first.savePreferences();
            first.tagsText.set("loves flowers, tea");
            first.savePreferences();
            assertThat(firstDialogs.errors).as("a pane takes its own save's version").isEmpty();

            second.tagsText.set("no alcohol");
            second.savePreferences();

            assertThat(secondDialogs.errorCauses).singleElement().isInstanceOfSatisfying(EditConflict.class,
                    e -> assertThat(e.changedBy()).contains(ChangedBy.window(WindowPlace.MEMORY_PANE)));
            assertThat(context.memory().of(anna.id()).preferences().tags()).containsExactly("loves flowers", "tea");
        }
    }
}
