package dev.rapport.app;

import dev.rapport.ui.common.DataFolderControl;
import dev.rapport.ui.contactlog.AgendaViewModel;
import dev.rapport.ui.contactlog.CadenceSettingsViewModel;
import dev.rapport.ui.contacts.ContactEditorViewModel;
import dev.rapport.ui.memory.AccountDatesViewModel;
import dev.rapport.ui.memory.ContactMemoryViewModel;
import dev.rapport.ui.plans.PlanSummaryViewModel;
import dev.rapport.ui.retention.AccountValueViewModel;
import dev.rapport.ui.retention.RetentionSettingsViewModel;
import dev.rapport.ui.today.TodaySettingsViewModel;
import dev.rapport.ui.accounts.AccountPageParts;
import dev.rapport.ui.accounts.AccountPageViewModel;
import dev.rapport.ui.accounts.AccountsView;
import dev.rapport.ui.accounts.AccountsViewModel;
import dev.rapport.ui.common.ColumnLayoutViewModel;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.RecordOpener;
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
import dev.rapport.ui.contactlog.CadenceSettingsView;
import dev.rapport.ui.retention.RetentionSettingsView;
import dev.rapport.ui.safety.SafetyView;
import dev.rapport.ui.safety.SafetyViewModel;
import dev.rapport.ui.settings.SettingsView;
import dev.rapport.ui.settings.SettingsViewModel;
import dev.rapport.ui.today.StartupSummary;
import dev.rapport.ui.today.TodaySettingsView;
import dev.rapport.ui.today.GettingStartedView;
import dev.rapport.ui.today.GettingStartedViewModel;
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
    private final AppContext app;
    private final UiKit kit;
    private final DataFolderControl control;

    /**
     * @param app the open folder's services
     * @param kit the screen layer's tools over the window
     * @param control how Settings closes and reopens the folder (restore, password change)
     */
    public UiWiring(AppContext app, UiKit kit, DataFolderControl control) {
        this.app = app;
        this.kit = kit;
        this.control = control;
    }

    /**
     * Completes the window's frame with the open folder and shows it in the stage: the window's view
     * model, its screens, and what it opens from other packages (the quick log, About).
     */
    public void open(MainWindow frame, Stage stage) {
        MainWindowViewModel model = new MainWindowViewModel(app.history(), app.settings(), app.dataDir(),
                kit);
        frame.open(model, screens(frame), quickLog(frame), about(), stage);
    }

    /** Ctrl+L: the contact log's editor for a new entry, over the window. */
    private MainWindow.QuickLog quickLog(MainWindow window) {
        return (account, contact, saved) -> logActions(window, window::stage)
                .logNew(account, contact, entry -> saved.run());
    }

    /** What happened while the app was closed, once per start, over the window. */
    public void greet(Window owner) {
        StartupSummary.show(new dev.rapport.ui.today.StartupSummaryViewModel(app.today(), app.contactLog(), kit),
                kit.messages(), owner);
    }

    /** The navigation rail's screens by id, each built when first shown. */
    public Map<String, Supplier<Screen>> screens(MainWindow window) {
        Notifier notifier = window;
        Map<String, Supplier<Screen>> screens = new LinkedHashMap<>();
        screens.put("today", () -> today(window));
        screens.put("accounts", () -> accounts(notifier));
        screens.put("contacts", () -> contacts(window));
        screens.put("planner", () -> planner(window));
        screens.put("insights", () -> insights(window));
        screens.put("settings", () -> settings(notifier));
        return screens;
    }

    Screen today(MainWindow window) {
        Notifier notifier = window;
        return new TodayView(kit, new TodayViewModel(app.clock()), gettingStarted(window), upcomingDates(window),
                owner -> ContactLogTodayView.sections(kit,
                        new AgendaViewModel(app.contactLog(), kit, notifier), logActions(notifier, owner),
                        records(window)));
    }

    /** Today's card while the book is empty: a new account, an import or sample data, each a click away. */
    private GettingStartedView gettingStarted(MainWindow window) {
        return new GettingStartedView(kit.messages(),
                new GettingStartedViewModel(app.accounts(), app.demo(), kit, window), new GettingStartedView.Start() {
                    @Override
                    public void newAccount() {
                        window.select("accounts").createNew();
                    }

                    @Override
                    public void importFile() {
                        if (window.select("accounts") instanceof AccountsView accounts) {
                            accounts.importFile();
                        }
                    }

                    @Override
                    public void refresh() {
                        window.select("today");
                    }
                });
    }

    /** Today's last section: birthdays and important dates by day, with a gift or a contact one click away. */
    private UpcomingDatesView upcomingDates(MainWindow window) {
        return new UpcomingDatesView(kit, new UpcomingDatesViewModel(app.today(), app.memory(), kit, window),
                (account, subject, saved) -> logActions(window, window::stage).logNew(account, null, subject,
                        entry -> saved.run()), records(window), Styles.url());
    }

    /** Where a record named on a screen opens: the account's page on Accounts. */
    private static RecordOpener records(MainWindow window) {
        return accountId -> window.select("accounts").showRecord(accountId);
    }

    Screen accounts(Notifier notifier) {
        ShownIn window = new ShownIn();
        AccountsView view = accountsView(notifier, new FxFileDialogs(window), window);
        window.node = view.node();
        return view;
    }

    /**
     * The accounts screen with these file dialogs (tests answer them with a fake).
     *
     * @param owner the window the screen's dialogs belong to
     */
    public AccountsView accountsView(Notifier notifier, FileDialogs files, Supplier<Window> owner) {
        AccountsViewModel model = new AccountsViewModel(app.accounts(), app.plans(), app.demo(), app.retention(), kit,
                notifier);
        AccountPageViewModel detail = new AccountPageViewModel(app.contacts(), app.today(), kit, notifier,
                model::reloadAndSelect);
        ExchangeView exchange = new ExchangeView(kit, exchangeViewModel(notifier, model::reload), files,
                model.selectedProperty(), () -> List.copyOf(model.items()));
        ContactLogFacts logFacts = contactLogFacts();
        return new AccountsView(kit, model, detail, exchange, logFacts,
                accountDetailParts(notifier, model, logFacts, owner), new ColumnLayoutViewModel(app.settings()));
    }

    private ExchangeViewModel exchangeViewModel(Notifier notifier, Runnable afterImport) {
        return new ExchangeViewModel(app.imports(), app.exports(), app.summaries(), app.clock(), kit, notifier,
                afterImport);
    }

    /** What the account detail pane shows of other screens: value, plan, dates, contact log, the person editor. */
    private AccountPageParts accountDetailParts(Notifier notifier, AccountsViewModel accounts,
            ContactLogFacts logFacts, Supplier<Window> owner) {
        String css = Styles.url();
        return new AccountPageParts(
                new AccountValueView(kit, new AccountValueViewModel(app.retention(), app.accounts(), kit, notifier,
                        accounts::reloadAndSelect)),
                new PlanSummaryView(new PlanSummaryViewModel(app.plans(), app.clock(), kit), kit, planOpener(notifier)),
                new AccountDatesView(kit, new AccountDatesViewModel(app.memory(), kit, notifier), css),
                new AccountContactLogView(kit, logFacts,
                        new TimelineViewModel(app.contactLog(), kit, TimelineViewModel.Owner.ACCOUNT),
                        logActions(notifier, owner), logFacts::reload),
                (window, person, all, save) -> new ContactEditor(window,
                        new ContactEditorViewModel(person, all, kit.messages(), app.clock()), all, kit.messages(), css, save));
    }

    /** The window a screen is in, known once the screen is: parts made before it ask only when shown. */
    private static final class ShownIn implements Supplier<Window> {
        private Node node;

        @Override
        public Window get() {
            return node == null || node.getScene() == null ? null : node.getScene().getWindow();
        }
    }

    Screen contacts(MainWindow window) {
        Notifier notifier = window;
        ContactsViewModel model = new ContactsViewModel(app.contacts(), app.accounts(), app.clock(), kit, notifier);
        TimelineViewModel timeline = new TimelineViewModel(app.contactLog(), kit, TimelineViewModel.Owner.CONTACT);
        ContactMemoryView memory = new ContactMemoryView(kit, new ContactMemoryViewModel(app.memory(), app.clock(), kit, notifier),
                Styles.url());
        return new ContactsView(kit, model, contactLogFacts(), timeline, owner -> logActions(notifier, owner),
                memory, (owner, listed) -> new PeopleExportButton(kit.messages(),
                exchangeViewModel(notifier, () -> { }), new FxFileDialogs(owner), listed).node(),
                new ColumnLayoutViewModel(app.settings()), records(window));
    }

    /** Logging from a screen, its forms opening over the screen's window. */
    private LogActions logActions(Notifier notifier, Supplier<Window> owner) {
        return new LogActions(app.accounts(), app.contacts(), app.contactLog(), app.plans(), kit, notifier,
                new InteractionEditorOpener(kit.messages(), owner));
    }

    /** The last-contact and complaint columns of a list, over their facts. */
    private ContactLogFacts contactLogFacts() {
        return new ContactLogFacts(kit.messages(), kit.formats(),
                new ContactLogFactsViewModel(app.contactLog(), kit));
    }

    Screen planner(MainWindow window) {
        PlannerViewModel model = new PlannerViewModel(app.plans(), app.accounts(), app.clock(), kit, window);
        return new PlannerView(model, kit, planOpener(window), records(window));
    }

    /** Opens plans and their actions in editors, from the Planner and the account detail alike. */
    private PlanOpener planOpener(Notifier notifier) {
        return new PlanOpener(app.plans(), app.contacts(), app.clock(), kit, notifier);
    }

    Screen insights(MainWindow window) {
        return new InsightsView(new InsightsViewModel(app.retention(), app.clock(), kit, window), kit, records(window));
    }

    Screen settings(Notifier notifier) {
        SettingsViewModel model = new SettingsViewModel(app.settings(), app.dataDir(), Version.current(), notifier,
                kit);
        // the other packages' blocks, made in the order they show (each starts its own load)
        TodaySettingsView today = new TodaySettingsView(kit, new TodaySettingsViewModel(app.today(), kit, notifier));
        CadenceSettingsView cadence = new CadenceSettingsView(kit.messages(), new CadenceSettingsViewModel(app.contactLog(), kit, notifier));
        SafetyView safety = safety(notifier);
        RetentionSettingsView retention = new RetentionSettingsView(kit, new RetentionSettingsViewModel(app.retention(), kit, notifier));
        return new SettingsView(model, kit.messages(), today, cadence, safety, retention, about(), kit.pacer());
    }

    /** Settings' block for backups, restore and the password, which reopen the folder through the launcher. */
    private SafetyView safety(Notifier notifier) {
        return new SafetyView(new SafetyViewModel(app.backups(), control, notifier, kit),
                kit.messages());
    }

    /** Opens the About dialog over a window: from Settings' button and the window's F1. */
    Consumer<Window> about() {
        return owner -> new AboutDialog(owner, kit.messages(), Version.current(),
                UiWiring.class.getResource(Styles.APP_CSS).toExternalForm()).showAndWait();
    }
}
