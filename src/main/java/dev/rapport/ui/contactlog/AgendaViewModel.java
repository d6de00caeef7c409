package dev.rapport.ui.contactlog;

import dev.rapport.domain.ContactClock;
import dev.rapport.domain.FollowUpDue;
import dev.rapport.domain.OpenComplaint;
import dev.rapport.domain.WindowPlace;
import dev.rapport.i18n.Messages;
import dev.rapport.domain.Interaction;
import dev.rapport.service.ContactLogService;
import dev.rapport.ui.common.UiKit;
import java.util.Optional;
import java.util.function.Consumer;
import dev.rapport.ui.common.Notifier;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ObservableList;

/**
 * What the contact log puts on Today: follow-ups due today and overdue, key accounts going quiet
 * (worst first) and open complaints (oldest first). Each list loads on its own.
 */
public final class AgendaViewModel {
    private final ContactLogService contactLog;
    private final UiKit kit;
    private final Notifier notifier;
    private final Messages msg;
    private final ObservableList<FollowUpDue> followUps = FXCollections.observableArrayList();
    private final ObservableList<ContactClock.QuietAccount> quiet = FXCollections.observableArrayList();
    private final ObservableList<OpenComplaint> complaints = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>();

    public AgendaViewModel(ContactLogService contactLog, UiKit kit, Notifier notifier) {
        this.contactLog = contactLog;
        this.kit = kit;
        this.notifier = notifier;
        this.msg = kit.messages();
        today.set(contactLog.today());
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

    /** Whether each list has had its first load: before it, "nothing due" would be a false report. */
    private final BooleanProperty followUpsLoaded = new SimpleBooleanProperty();
    private final BooleanProperty quietLoaded = new SimpleBooleanProperty();
    private final BooleanProperty complaintsLoaded = new SimpleBooleanProperty();

    public ReadOnlyBooleanProperty followUpsLoadedProperty() {
        return followUpsLoaded;
    }

    public ReadOnlyBooleanProperty quietLoadedProperty() {
        return quietLoaded;
    }

    public ReadOnlyBooleanProperty complaintsLoadedProperty() {
        return complaintsLoaded;
    }

    public void reloadFollowUps() {
        LocalDate day = contactLog.today();
        kit.executor().submit(msg.get("task.loading"), p -> contactLog.followUpsDue(day), list -> {
            today.set(day);
            followUps.setAll(list);
            followUpsLoaded.set(true);
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    public void reloadQuiet() {
        LocalDate day = contactLog.today();
        kit.executor().submit(msg.get("task.loading"), p -> contactLog.quietAccounts(day), list -> {
            today.set(day);
            quiet.setAll(list);
            quietLoaded.set(true);
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    public void reloadComplaints() {
        kit.executor().submit(msg.get("task.loading"), p -> contactLog.openComplaints(), list -> {
            complaints.setAll(list);
            complaintsLoaded.set(true);
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    /** Ticks a follow-up off: it leaves the list. */
    public void markDone(FollowUpDue f) {
        kit.executor().submit(msg.get("task.saving"), p -> {
            kit.places().at(WindowPlace.TODAY, () -> {
                contactLog.setFollowUpDone(f.interactionId(), true);
                return null;
            });
            return f;
        }, done -> {
            followUps.remove(done);
            notifier.status(msg.get("contactlog.followUpDone", done.what()));
        }, e -> kit.dialogs().showError(msg.get("error.save"), e));
    }

    /** Reads the complaint's entry as it is now, to open it; empty when it was deleted meanwhile. */
    public void findComplaint(OpenComplaint c, Consumer<Optional<Interaction>> then) {
        kit.executor().submit(msg.get("task.loading"), p -> contactLog.find(c.interactionId()), then,
                e -> kit.dialogs().showError(msg.get("error.load"), e));
    }
}
