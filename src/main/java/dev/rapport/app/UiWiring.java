package dev.rapport.app;

import dev.rapport.ui.UiContext;
import dev.rapport.ui.accounts.AccountsView;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.Screen;
import dev.rapport.ui.contacts.ContactsView;
import dev.rapport.ui.insights.InsightsView;
import dev.rapport.ui.main.MainWindow;
import dev.rapport.ui.main.MainWindowViewModel;
import dev.rapport.ui.plans.PlannerView;
import dev.rapport.ui.about.AboutDialog;
import dev.rapport.ui.common.Styles;
import dev.rapport.ui.contactlog.CadenceSettingsView;
import dev.rapport.ui.contactlog.LogActions;
import dev.rapport.ui.retention.RetentionSettingsView;
import dev.rapport.ui.safety.SafetyView;
import dev.rapport.ui.safety.SafetyViewModel;
import dev.rapport.ui.settings.SettingsView;
import dev.rapport.ui.settings.SettingsViewModel;
import dev.rapport.ui.today.StartupSummary;
import dev.rapport.ui.today.TodaySettingsView;
import dev.rapport.ui.today.TodayView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Where the window's screens are made: each view model gets the services it uses and the one
 * Clock by name, each view its view model and the parts it shows (decision 0020). The only
 * place in the window that knows which service feeds which screen.
 */
public final class UiWiring {
    private UiWiring() {
    }

    /**
     * Completes the window's frame with the open folder and shows it in the stage: the window's view
     * model, its screens, and what it opens from other packages (the quick log, About).
     */
    public static void open(MainWindow frame, UiContext ctx, Stage stage) {
        MainWindowViewModel model = new MainWindowViewModel(ctx.history(), ctx.settings(), ctx.dataDir(),
                ctx.kit());
        frame.open(model, screens(ctx, frame), quickLog(ctx, frame), about(ctx), stage);
    }

    /** Ctrl+L: the contact log's editor for a new entry, over the window. */
    private static MainWindow.QuickLog quickLog(UiContext ctx, MainWindow window) {
        return (account, contact, saved) -> new LogActions(ctx, window, window::stage)
                .logNew(account, contact, entry -> saved.run());
    }

    /** What happened while the app was closed, once per start, over the window. */
    static void greet(UiContext ctx, Window owner) {
        StartupSummary.show(ctx, owner);
    }

    /** The navigation rail's screens by id, each built when first shown. */
    public static Map<String, Supplier<Screen>> screens(UiContext ctx, Notifier notifier) {
        Map<String, Supplier<Screen>> screens = new LinkedHashMap<>();
        screens.put("today", () -> today(ctx, notifier));
        screens.put("accounts", () -> accounts(ctx, notifier));
        screens.put("contacts", () -> contacts(ctx, notifier));
        screens.put("planner", () -> planner(ctx, notifier));
        screens.put("insights", () -> insights(ctx, notifier));
        screens.put("settings", () -> settings(ctx, notifier));
        return screens;
    }

    static Screen today(UiContext ctx, Notifier notifier) {
        return new TodayView(ctx, notifier);
    }

    static Screen accounts(UiContext ctx, Notifier notifier) {
        return new AccountsView(ctx, notifier);
    }

    static Screen contacts(UiContext ctx, Notifier notifier) {
        return new ContactsView(ctx, notifier);
    }

    static Screen planner(UiContext ctx, Notifier notifier) {
        return new PlannerView(ctx, notifier);
    }

    static Screen insights(UiContext ctx, Notifier notifier) {
        return new InsightsView(ctx, notifier);
    }

    static Screen settings(UiContext ctx, Notifier notifier) {
        SettingsViewModel model = new SettingsViewModel(ctx.settings(), ctx.dataDir(), ctx.version(), notifier,
                ctx.kit());
        // the other packages' blocks, made in the order they show (each starts its own load)
        TodaySettingsView today = new TodaySettingsView(ctx, notifier);
        CadenceSettingsView cadence = new CadenceSettingsView(ctx, notifier);
        SafetyView safety = safety(ctx, notifier);
        RetentionSettingsView retention = new RetentionSettingsView(ctx, notifier);
        return new SettingsView(model, ctx.messages(), today, cadence, safety, retention, about(ctx));
    }

    /** Settings' block for backups, restore and the password, which reopen the folder through the launcher. */
    private static SafetyView safety(UiContext ctx, Notifier notifier) {
        return new SafetyView(new SafetyViewModel(ctx.backups(), ctx.folderControl(), notifier, ctx.kit()),
                ctx.messages());
    }

    /** Opens the About dialog over a window: from Settings' button and the window's F1. */
    static Consumer<Window> about(UiContext ctx) {
        return owner -> new AboutDialog(owner, ctx.messages(), ctx.version(),
                UiWiring.class.getResource(Styles.APP_CSS).toExternalForm()).showAndWait();
    }
}
