package dev.rapport.ui.today;

import dev.rapport.i18n.Messages;
import dev.rapport.service.TodayService;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.UiKit;

/** The Today settings as saved on this machine: days ahead and the start-up summary, each saved at once. */
public final class TodaySettingsViewModel {
    /** The most days ahead Today can show. */
    public static final int MAX_DAYS = TodayService.MAX_DAYS;
    private final TodayService today;
    private final UiKit kit;
    private final Notifier notifier;
    private final Messages msg;

    public TodaySettingsViewModel(TodayService today, UiKit kit, Notifier notifier) {
        this.today = today;
        this.kit = kit;
        this.notifier = notifier;
        this.msg = kit.messages();
    }

    /** Whether a number typed for the days ahead can be saved. */
    public static boolean validDays(int n) {
        return TodayService.validDays(n);
    }

    /** The days ahead saved (read at once: a preference on this machine, not the database). */
    public int days() {
        return today.days();
    }

    public boolean startupSummary() {
        return today.startupSummary();
    }

    /**
     * Saves the days ahead; a number out of range is not saved. The spinner hands over what was
     * typed (400) before it clamps it to its maximum, so an out-of-range value is a passing one,
     * not an error to show: the clamped value follows and is saved.
     */
    public void saveDays(int value) {
        if (!validDays(value)) {
            return;
        }
        kit.executor().submit(msg.get("task.saving"), p -> {
            today.setDays(value);
            return value;
        }, saved -> notifier.status(msg.get("today.settings.saved", saved)),
                e -> kit.dialogs().showError(msg.get("error.save"), e));
    }

    public void saveStartupSummary(boolean on) {
        kit.executor().submit(msg.get("task.saving"), p -> {
            today.setStartupSummary(on);
            return on;
        }, saved -> notifier.status(msg.get(saved ? "today.settings.startupOn" : "today.settings.startupOff")),
                e -> kit.dialogs().showError(msg.get("error.save"), e));
    }
}
