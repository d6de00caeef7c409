package dev.rapport.app;

import dev.rapport.ui.UiContext;
import dev.rapport.ui.accounts.AccountsView;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.Screen;
import dev.rapport.ui.contacts.ContactsView;
import dev.rapport.ui.insights.InsightsView;
import dev.rapport.ui.insights.InsightsViewModel;
import dev.rapport.ui.plans.PlanOpener;
import dev.rapport.ui.plans.PlannerView;
import dev.rapport.ui.plans.PlannerViewModel;
import dev.rapport.ui.settings.SettingsView;
import dev.rapport.ui.today.TodayView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

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
        return new AccountsView(ctx, notifier);
    }

    static Screen contacts(UiContext ctx, Notifier notifier) {
        return new ContactsView(ctx, notifier);
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
        return new SettingsView(ctx, notifier);
    }
}
