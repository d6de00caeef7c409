package dev.rapport.ui.contacts;

import dev.rapport.domain.ContactListItem;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A person's page: who it shows, whether it covers the list and on which tab. The person is kept
 * by id across the list's reloads (a save, a logged call), so the page stays on them; it closes
 * when they are no longer listed (deleted).
 */
public final class PersonPageViewModel {
    private final ObjectProperty<ContactListItem> shown = new SimpleObjectProperty<>();
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ObjectProperty<PersonPageTab> tab = new SimpleObjectProperty<>(PersonPageTab.OVERVIEW);

    public ReadOnlyObjectProperty<ContactListItem> shownProperty() {
        return shown;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    /** The tab the rep chose last, kept from one person to the next. */
    public ObjectProperty<PersonPageTab> tabProperty() {
        return tab;
    }

    /** The person selected in the list; a passing "nothing selected" while the list reloads is not one. */
    public void select(ContactListItem item) {
        if (item != null) {
            shown.set(item);
        }
    }

    /** Opens the page of the person selected last; nothing without one. */
    public void open() {
        if (shown.get() != null) {
            open.set(true);
        }
    }

    public void back() {
        open.set(false);
    }

    /**
     * After the list changed: the page shows the person's new row, or closes when they are gone.
     *
     * @return the row now shown, for the list to select
     */
    public Optional<ContactListItem> relisted(List<ContactListItem> listed) {
        ContactListItem now = shown.get();
        if (now == null) {
            return Optional.empty();
        }
        Optional<ContactListItem> again = listed.stream()
                .filter(i -> i.contact().id().equals(now.contact().id())).findFirst();
        again.ifPresentOrElse(shown::set, () -> {
            open.set(false);
            shown.set(null);
        });
        return again;
    }
}
