package dev.rapport.testutil;

import dev.rapport.app.AppContext;
import dev.rapport.app.UiWiring;
import dev.rapport.i18n.Messages;
import dev.rapport.service.AccountService;
import dev.rapport.service.ContactLogService;
import dev.rapport.service.ContactService;
import dev.rapport.service.PlanService;
import dev.rapport.service.RetentionService;
import dev.rapport.ui.common.DataFolderControl;
import dev.rapport.ui.common.DialogService;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.Pacer;
import dev.rapport.ui.common.TaskExecutor;
import dev.rapport.ui.common.UiKit;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A test's window-side fixture: an open folder's services and the screen layer's tools over a test
 * executor and fake dialogs, so a test builds the view model it checks with the services it names.
 */
public record TestUi(AppContext app, UiKit kit) {

    public static TestUi of(AppContext app, TaskExecutor executor, DialogService dialogs) {
        return of(app, executor, dialogs, Pacer.IMMEDIATE);
    }

    /** ...with the window's own pacer, for a test of what fills in a frame at a time. */
    public static TestUi of(AppContext app, TaskExecutor executor, DialogService dialogs, Pacer pacer) {
        return new TestUi(app, app.uiKit(executor, dialogs, pacer));
    }

    /** The app's wiring over this fixture, as the launcher builds it (no restore or re-key). */
    public UiWiring wiring() {
        return new UiWiring(app, kit, DataFolderControl.UNAVAILABLE);
    }

    public Messages messages() {
        return kit.messages();
    }

    public Formats formats() {
        return kit.formats();
    }

    public TaskExecutor executor() {
        return kit.executor();
    }

    public DialogService dialogs() {
        return kit.dialogs();
    }

    public OpenEditors editors() {
        return kit.editors();
    }

    public Clock clock() {
        return app.clock();
    }

    public Path dataDir() {
        return app.dataDir();
    }

    public AccountService accounts() {
        return app.accounts();
    }

    public ContactService contacts() {
        return app.contacts();
    }

    public PlanService plans() {
        return app.plans();
    }

    public RetentionService retention() {
        return app.retention();
    }

    public ContactLogService contactLog() {
        return app.contactLog();
    }
}
