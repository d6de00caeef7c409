package dev.rapport.ui.contactlog;

import dev.rapport.domain.ContactClock;
import dev.rapport.domain.FollowUpDue;
import dev.rapport.domain.OpenComplaint;
import dev.rapport.domain.WindowPlace;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.Notifier;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the contact log puts on Today: follow-ups due today and overdue, key accounts going quiet
 * (worst first) and open complaints (oldest first). Each list loads on its own.
 */
public final class AgendaViewModel {
    private final UiContext ctx;
    private final Notifier notifier;
    private final Messages msg;
    private final ObservableList<FollowUpDue> followUps = FXCollections.observableArrayList();
    private final ObservableList<ContactClock.QuietAccount> quiet = FXCollections.observableArrayList();
    private final ObservableList<OpenComplaint> complaints = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>();

    public AgendaViewModel(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.notifier = notifier;
        this.msg = ctx.messages();
        today.set(ctx.contactLog().today());
    }

    public ObservableList<FollowUpDue> followUps() {
        return followUps;
    }

    public ObservableList<ContactClock.QuietAccount> quiet() {
        return quiet;
    }

    public ObservableList<OpenComplaint> complaints() {
        return complaints;
    }

    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public void reloadFollowUps() {
        LocalDate day = ctx.contactLog().today();
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.contactLog().followUpsDue(day), list -> {
            today.set(day);
            followUps.setAll(list);
        }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    public void reloadQuiet() {
        LocalDate day = ctx.contactLog().today();
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.contactLog().quietAccounts(day), list -> {
            today.set(day);
            quiet.setAll(list);
        }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    public void reloadComplaints() {
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.contactLog().openComplaints(), complaints::setAll,
                e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    /** Ticks a follow-up off: it leaves the list. */
    public void markDone(FollowUpDue f) {
        ctx.executor().submit(msg.get("task.saving"), p -> {
            ctx.places().at(WindowPlace.TODAY, () -> {
                ctx.contactLog().setFollowUpDone(f.interactionId(), true);
                return null;
            });
            return f;
        }, done -> {
            followUps.remove(done);
            notifier.status(msg.get("contactlog.followUpDone", done.what()));
        }, e -> ctx.dialogs().showError(msg.get("error.save"), e));
    }
}
