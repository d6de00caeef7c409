package dev.rapport.ui.contactlog;

import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.TimelineEntry;
import dev.rapport.domain.TimelineFilter;
import dev.rapport.domain.TimelinePage;
import dev.rapport.i18n.Messages;
import dev.rapport.service.ContactLogService;
import dev.rapport.ui.common.UiKit;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An account's or a person's timeline: newest first, filtered by channel and words, read a page
 * at a time as the rep scrolls. Answers that arrive after the filter changed are dropped.
 */
public final class TimelineViewModel {
    public static final int PAGE = 50;

    /** Whose timeline this is. */
    public enum Owner { ACCOUNT, CONTACT }

    private final ContactLogService contactLog;
    private final UiKit kit;
    private final Messages msg;
    private final Owner kind;
    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ObjectProperty<InteractionChannel> channel = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty hasMore = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private Long owner;
    private TimelinePage.Cursor next;
    private long generation;

    public TimelineViewModel(ContactLogService contactLog, UiKit kit, Owner kind) {
        this.contactLog = contactLog;
        this.kit = kit;
        this.msg = kit.messages();
        this.kind = kind;
        channel.addListener(x -> reload());
        search.addListener(x -> reload());
    }

    public ObservableList<TimelineEntry> entries() {
        return entriesView;
    }

    public ObjectProperty<InteractionChannel> channelProperty() {
        return channel;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** A person's timeline also names each interaction's account. */
    public boolean ownerKindIsContact() {
        return kind == Owner.CONTACT;
    }

    /** The day a complaint's "open for N days" counts to. */
    public LocalDate today() {
        return contactLog.today();
    }

    public Long owner() {
        return owner;
    }

    /** Shows the timeline of this account or person (null: nothing). */
    public void show(Long ownerId) {
        if (!java.util.Objects.equals(ownerId, owner)) {
            // another account's or person's entries must not stand under this one's name while its own load
            // waits behind others (arrowing through the list showed the wrong log for seconds)
            entries.clear();
            hasMore.set(false);
        }
        this.owner = ownerId;
        reload();
    }

    /** Reads the first page again, e.g. after something was logged. */
    public void reload() {
        long gen = ++generation;
        next = null;
        if (owner == null) {
            entries.clear();
            hasMore.set(false);
            return;
        }
        fetch(gen, null, true);
    }

    /** Appends the next page, if there is one and none is being read. */
    public void loadMore() {
        if (owner == null || next == null || loading.get()) {
            return;
        }
        fetch(generation, next, false);
    }

    private void fetch(long gen, TimelinePage.Cursor after, boolean replace) {
        long id = owner;
        TimelineFilter filter = new TimelineFilter(channel.get(), search.get());
        loading.set(true);
        kit.executor().submit(msg.get("task.loading"), p -> kind == Owner.ACCOUNT
                ? contactLog.accountTimeline(id, filter, after, PAGE)
                : contactLog.contactTimeline(id, filter, after, PAGE), page -> {
                    loading.set(false);
                    if (gen != generation) {
                        return;
                    }
                    if (replace) {
                        entries.setAll(page.entries());
                    } else {
                        entries.addAll(page.entries());
                    }
                    next = page.next();
                    hasMore.set(page.hasMore());
                }, e -> {
                    loading.set(false);
                    kit.dialogs().showError(msg.get("error.load"), e);
                });
    }
}
