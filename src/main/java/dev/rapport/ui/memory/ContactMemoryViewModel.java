package dev.rapport.ui.memory;

import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactMemory;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Gift;
import dev.rapport.domain.GiftIdea;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.Preferences;
import dev.rapport.domain.WindowPlace;
import dev.rapport.domain.Tags;
import dev.rapport.i18n.Messages;
import dev.rapport.service.MemoryService;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.TextClipboard;
import dev.rapport.ui.common.UiKit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the contact detail shows about the selected person: family, important dates,
 * preferences, gifts and gift ideas. Every change is saved at once; deletes offer Undo.
 */
public final class ContactMemoryViewModel {
    private final MemoryService memory;
    private final Clock clock;
    private final UiKit kit;
    private final MemorySaves saves;
    private final Notifier notifier;
    private final Messages msg;
    private final ObjectProperty<Contact> contact = new SimpleObjectProperty<>();
    private final ObservableList<FamilyMember> family = FXCollections.observableArrayList();
    private final ObservableList<ImportantDate> dates = FXCollections.observableArrayList();
    private final ObservableList<Gift> gifts = FXCollections.observableArrayList();
    private final ObservableList<GiftIdea> ideas = FXCollections.observableArrayList();
    // read-only views made once: a fresh wrapper per call would be collected with its listeners
    private final ObservableList<FamilyMember> familyView = FXCollections.unmodifiableObservableList(family);
    private final ObservableList<ImportantDate> datesView = FXCollections.unmodifiableObservableList(dates);
    private final ObservableList<Gift> giftsView = FXCollections.unmodifiableObservableList(gifts);
    private final ObservableList<GiftIdea> ideasView = FXCollections.unmodifiableObservableList(ideas);
    /** The contact's interests as saved with the contact form (read-only here). */
    public final StringProperty preferencesText = new SimpleStringProperty("");
    public final StringProperty tagsText = new SimpleStringProperty("");
    /** The version of the tags shown, which their save names: a save from elsewhere since is refused. */
    private long tagsVersion;
    public final StringProperty newIdea = new SimpleStringProperty("");

    public ContactMemoryViewModel(MemoryService memory, Clock clock, UiKit kit, Notifier notifier) {
        this.memory = memory;
        this.clock = clock;
        this.kit = kit;
        this.saves = new MemorySaves(memory, kit);
        this.notifier = notifier;
        this.msg = kit.messages();
    }

    /** The day ages, "in 3 days" and a new gift's date are counted from. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ReadOnlyObjectProperty<Contact> contactProperty() {
        return contact;
    }

    public ObservableList<FamilyMember> family() {
        return familyView;
    }

    public ObservableList<ImportantDate> dates() {
        return datesView;
    }

    public ObservableList<Gift> gifts() {
        return giftsView;
    }

    public ObservableList<GiftIdea> ideas() {
        return ideasView;
    }

    /** Shows a person (or nobody, with null) and loads what is remembered about them. */
    public void show(Contact person) {
        contact.set(person);
        if (person == null || person.isNew()) {
            family.clear();
            dates.clear();
            gifts.clear();
            ideas.clear();
            preferencesText.set("");
            tagsText.set("");
            return;
        }
        reload();
    }

    public void reload() {
        Contact person = contact.get();
        if (person == null) {
            return;
        }
        kit.executor().submit(msg.get("task.loading"), p -> memory.of(person.id()), m -> {
            if (contact.get() != null && contact.get().id().equals(m.contactId())) {
                apply(m);
            }
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    private void apply(ContactMemory m) {
        family.setAll(m.family());
        dates.setAll(m.dates());
        gifts.setAll(m.gifts());
        ideas.setAll(m.ideas());
        preferencesText.set(m.preferences().text());
        tagsText.set(Tags.format(m.preferences().tags()));
        tagsVersion = m.preferences().version();
    }

    /** Whom a gift can be for: the person, then each of their family. */
    public List<GiftEditorViewModel.Recipient> recipients() {
        List<GiftEditorViewModel.Recipient> out = new ArrayList<>();
        Contact c = contact.get();
        if (c != null) {
            out.add(new GiftEditorViewModel.Recipient(null, c.name()));
        }
        for (FamilyMember f : family) {
            out.add(new GiftEditorViewModel.Recipient(f.id(), f.name() + " (" + msg.of(f.relation()) + ")"));
        }
        return out;
    }

    public long contactId() {
        return contact.get().id();
    }

    /** The save of one family member editor (see {@link MemorySaves}). */
    public EditorSave<FamilyMember> familyEditorSave(TextClipboard clipboard) {
        return saves.family(clipboard);
    }

    /** After an editor saved a family member: says so and shows the family again. */
    public void saved(FamilyMember member) {
        notifier.status(msg.get("memory.family.saved", member.name()));
        reload();
    }

    public void delete(FamilyMember member) {
        kit.executor().submit(msg.get("task.saving"), p -> memory.deleteFamilyMember(member), m -> {
            reload();
            notifier.undoable(msg.get("memory.family.deleted", m.name()),
                    () -> write(() -> memory.undoDeleteFamilyMember(m), msg.get("memory.restored")));
        }, e -> kit.dialogs().showError(msg.get("error.delete"), e));
    }

    /** The save of one important date editor (see {@link MemorySaves}). */
    public EditorSave<ImportantDate> dateEditorSave(TextClipboard clipboard) {
        return saves.date(clipboard);
    }

    /** After an editor saved a date: says so and shows the dates again. */
    public void saved(ImportantDate date) {
        notifier.status(msg.get("memory.date.saved", MemoryText.title(msg, date)));
        reload();
    }

    public void delete(ImportantDate date) {
        kit.executor().submit(msg.get("task.saving"), p -> memory.deleteDate(date), d -> {
            reload();
            notifier.undoable(msg.get("memory.date.deleted", MemoryText.title(msg, d)), () -> write(() -> memory.undoDeleteDate(d), msg.get("memory.restored")));
        }, e -> kit.dialogs().showError(msg.get("error.delete"), e));
    }

    public void savePreferences() {
        Preferences p = new Preferences(contactId(), preferencesText.get(), Tags.parse(tagsText.get()), tagsVersion);
        // the reload after the save takes the tags' new version
        write(() -> kit.places().at(WindowPlace.MEMORY_PANE, () -> memory.save(p)),
                msg.get("memory.preferences.saved"));
    }

    /** The save of one gift editor (see {@link MemorySaves}). */
    public EditorSave<Gift> giftEditorSave(TextClipboard clipboard) {
        return saves.gift(clipboard);
    }

    /** After an editor saved a gift: says so and shows the gifts again. */
    public void saved(Gift gift) {
        notifier.status(msg.get("memory.gift.saved", gift.what()));
        reload();
    }

    public void delete(Gift gift) {
        kit.executor().submit(msg.get("task.saving"), p -> memory.deleteGift(gift), g -> {
            reload();
            notifier.undoable(msg.get("memory.gift.deleted", g.what()), () -> write(() -> memory.undoDeleteGift(g), msg.get("memory.restored")));
        }, e -> kit.dialogs().showError(msg.get("error.delete"), e));
    }

    /** Notes the idea typed in the idea field, when there is one. */
    public void addIdea() {
        String text = newIdea.get() == null ? "" : newIdea.get().strip();
        if (text.isEmpty()) {
            return;
        }
        GiftIdea idea = GiftIdea.of(contactId(), text);
        write(() -> memory.addIdea(idea), msg.get("memory.idea.saved", text));
        newIdea.set("");
    }

    public void delete(GiftIdea idea) {
        kit.executor().submit(msg.get("task.saving"), p -> memory.deleteIdea(idea), i -> {
            reload();
            notifier.undoable(msg.get("memory.idea.deleted", i.idea()), () -> write(() -> memory.undoDeleteIdea(i), msg.get("memory.restored")));
        }, e -> kit.dialogs().showError(msg.get("error.delete"), e));
    }

    private void write(java.util.function.Supplier<Object> work, String done) {
        kit.executor().submit(msg.get("task.saving"), p -> work.get(), saved -> {
            notifier.status(done);
            reload();
        }, e -> kit.dialogs().showError(msg.get("error.save"), e));
    }
}
