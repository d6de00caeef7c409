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
import dev.rapport.ui.contactlog.AccountContactLogView;
import dev.rapport.ui.contactlog.ContactLogFacts;
import dev.rapport.ui.contacts.ContactEditor;
import dev.rapport.ui.contacts.ContactsView;
import dev.rapport.ui.exchange.ExchangeView;
import dev.rapport.ui.exchange.ExchangeViewModel;
import dev.rapport.ui.exchange.FileDialogs;
import dev.rapport.ui.exchange.FxFileDialogs;
import dev.rapport.ui.insights.InsightsView;
import dev.rapport.ui.memory.AccountDatesView;
import dev.rapport.ui.plans.PlanSummaryView;
import dev.rapport.ui.plans.PlannerView;
import dev.rapport.ui.retention.AccountValueView;
import dev.rapport.ui.settings.SettingsView;
import dev.rapport.ui.today.TodayView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * Where the window's screens are made: each view model gets the services it uses and the one
 * Clock by name, each view its view model and the parts it shows (decision 0020). The only
 * place in the window that knows which service feeds which screen.
 */
public final class UiWiring {
    private UiWiring() {
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
        return new ContactsView(ctx, notifier);
    }

    static Screen planner(UiContext ctx, Notifier notifier) {
        return new PlannerView(ctx, notifier);
    }

    static Screen insights(UiContext ctx, Notifier notifier) {
        return new InsightsView(ctx, notifier);
    }

    static Screen settings(UiContext ctx, Notifier notifier) {
        return new SettingsView(ctx, notifier);
    }
}
