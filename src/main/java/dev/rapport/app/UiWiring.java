package dev.rapport.app;

import dev.rapport.ui.UiContext;
import dev.rapport.ui.accounts.AccountDetailParts;
import dev.rapport.ui.accounts.AccountDetailViewModel;
import dev.rapport.ui.accounts.AccountsView;
import dev.rapport.ui.accounts.AccountsViewModel;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.Screen;
import dev.rapport.ui.common.Styles;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.contactlog.ContactLogTodayView;
import dev.rapport.ui.contactlog.ContactLogFacts;
import dev.rapport.ui.contactlog.ContactLogFactsViewModel;
import dev.rapport.ui.contactlog.InteractionEditorOpener;
import dev.rapport.ui.contactlog.LogActions;
import dev.rapport.ui.contactlog.TimelineViewModel;
import dev.rapport.ui.contacts.ContactsView;
import dev.rapport.ui.contacts.ContactsViewModel;
import dev.rapport.ui.exchange.FxFileDialogs;
import dev.rapport.ui.exchange.PeopleExportButton;
import dev.rapport.ui.insights.InsightsView;
import dev.rapport.ui.memory.ContactMemoryView;
import dev.rapport.ui.insights.InsightsViewModel;
import dev.rapport.ui.plans.PlanOpener;
import dev.rapport.ui.plans.PlannerView;
import dev.rapport.ui.plans.PlannerViewModel;
import dev.rapport.ui.contactlog.AccountContactLogView;
import dev.rapport.ui.contacts.ContactEditor;
import dev.rapport.ui.exchange.ExchangeView;
import dev.rapport.ui.exchange.ExchangeViewModel;
import dev.rapport.ui.exchange.FileDialogs;
import dev.rapport.ui.memory.AccountDatesView;
import dev.rapport.ui.plans.PlanSummaryView;
import dev.rapport.ui.retention.AccountValueView;
import dev.rapport.ui.main.MainWindow;
import dev.rapport.ui.main.MainWindowViewModel;
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
import dev.rapport.ui.today.TodayViewModel;
import dev.rapport.ui.today.UpcomingDatesView;
import dev.rapport.ui.today.UpcomingDatesViewModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
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
        StartupSummary.show(new dev.rapport.ui.today.StartupSummaryViewModel(ctx.today(), ctx.contactLog(), ctx.kit()),
                ctx.messages(), owner);
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
        return new TodayView(ctx.kit(), new TodayViewModel(ctx.clock()), upcomingDates(ctx, notifier),
                owner -> ContactLogTodayView.sections(ctx, notifier, owner));
    }

    /** Today's first section: birthdays and important dates coming up, with a gift one click away. */
    private static UpcomingDatesView upcomingDates(UiContext ctx, Notifier notifier) {
        UiKit kit = ctx.kit();
        return new UpcomingDatesView(kit, new UpcomingDatesViewModel(ctx.today(), ctx.memory(), kit, notifier),
                Styles.url());
    }

    static Screen accounts(UiContext ctx, Notifier notifier) {
        ShownIn window = new ShownIn();
        AccountsView view = accountsView(ctx, notifier, new FxFileDialogs(window), window);
        window.node = view.node();
        return view;
    }

    /**
     * The accounts screen with these file dialogs (tests answer them with a fake).
     *
     * @param owner the window the screen's dialogs belong to
     */
    public static AccountsView accountsView(UiContext ctx, Notifier notifier, FileDialogs files, Supplier<Window> owner) {
        UiKit kit = ctx.kit();
        AccountsViewModel model = new AccountsViewModel(ctx.accounts(), ctx.plans(), ctx.demo(), ctx.retention(), kit,
                notifier);
        AccountDetailViewModel detail = new AccountDetailViewModel(ctx.contacts(), kit, notifier,
                model::reloadAndSelect);
        ExchangeView exchange = new ExchangeView(kit, exchangeViewModel(ctx, notifier, model::reload), files,
                model.selectedProperty(), () -> List.copyOf(model.items()));
        ContactLogFacts logFacts = new ContactLogFacts(ctx);
        return new AccountsView(kit, model, detail, exchange, logFacts,
                accountDetailParts(ctx, notifier, model, logFacts, owner));
    }

    private static ExchangeViewModel exchangeViewModel(UiContext ctx, Notifier notifier, Runnable afterImport) {
        return new ExchangeViewModel(ctx.imports(), ctx.exports(), ctx.summaries(), ctx.clock(), ctx.kit(), notifier,
                afterImport);
    }

    /** What the account detail pane shows of other screens: value, plan, dates, contact log, the person editor. */
    private static AccountDetailParts accountDetailParts(UiContext ctx, Notifier notifier, AccountsViewModel accounts,
            ContactLogFacts logFacts, Supplier<Window> owner) {
        String css = Styles.url();
        return new AccountDetailParts(
                new AccountValueView(ctx, notifier, accounts::reloadAndSelect),
                new PlanSummaryView(ctx, notifier),
                new AccountDatesView(ctx, notifier, css),
                new AccountContactLogView(ctx, notifier, logFacts, owner, logFacts::reload),
                (window, person, all, save) -> new ContactEditor(window, person, all, ctx.messages(), ctx.formats(),
                        css, save));
    }

    /** The window a screen is in, known once the screen is: parts made before it ask only when shown. */
    private static final class ShownIn implements Supplier<Window> {
        private Node node;

        @Override
        public Window get() {
            return node == null || node.getScene() == null ? null : node.getScene().getWindow();
        }
    }

    static Screen contacts(UiContext ctx, Notifier notifier) {
        UiKit kit = ctx.kit();
        ContactsViewModel model = new ContactsViewModel(ctx.contacts(), ctx.accounts(), ctx.clock(), kit, notifier);
        TimelineViewModel timeline = new TimelineViewModel(ctx.contactLog(), kit, TimelineViewModel.Owner.CONTACT);
        ContactMemoryView memory = new ContactMemoryView(ctx, notifier,
                Styles.url());
        return new ContactsView(kit, model, contactLogFacts(ctx), timeline, owner -> logActions(ctx, notifier, owner),
                memory, (owner, listed) -> new PeopleExportButton(ctx, notifier, new FxFileDialogs(owner), listed).node());
    }

    /** Logging from a screen, its forms opening over the screen's window. */
    private static LogActions logActions(UiContext ctx, Notifier notifier, Supplier<Window> owner) {
        return new LogActions(ctx.accounts(), ctx.contacts(), ctx.contactLog(), ctx.plans(), ctx.kit(), notifier,
                new InteractionEditorOpener(ctx.messages(), owner));
    }

    /** The last-contact and complaint columns of a list, over their facts. */
    private static ContactLogFacts contactLogFacts(UiContext ctx) {
        return new ContactLogFacts(ctx.messages(), ctx.formats(),
                new ContactLogFactsViewModel(ctx.contactLog(), ctx.kit()));
    }

    static Screen planner(UiContext ctx, Notifier notifier) {
        PlannerViewModel model = new PlannerViewModel(ctx.plans(), ctx.accounts(), ctx.clock(), ctx.kit(), notifier);
        return new PlannerView(model, ctx.kit(), planOpener(ctx, notifier));
    }

    /** Opens plans and their actions in editors, from the Planner and the account detail alike. */
    private static PlanOpener planOpener(UiContext ctx, Notifier notifier) {
        return new PlanOpener(ctx.plans(), ctx.contacts(), ctx.clock(), ctx.kit(), notifier);
    }

    static Screen insights(UiContext ctx, Notifier notifier) {
        return new InsightsView(new InsightsViewModel(ctx.retention(), ctx.clock(), ctx.kit(), notifier), ctx.kit());
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
