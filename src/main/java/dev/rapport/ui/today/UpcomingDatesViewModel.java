package dev.rapport.ui.today;

import dev.rapport.domain.AgendaGroup;
import dev.rapport.domain.ContactMemory;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Gift;
import dev.rapport.domain.UpcomingDate;
import dev.rapport.domain.UpcomingKind;
import dev.rapport.i18n.Messages;
import dev.rapport.service.MemoryService;
import dev.rapport.service.TodayService;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.TextClipboard;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.memory.GiftEditorViewModel;
import dev.rapport.ui.memory.MemorySaves;
import dev.rapport.ui.memory.MemoryText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The upcoming birthdays and important dates of Today: loaded from {@link dev.rapport.service.TodayService},
 * grouped Today / This week / Later, with the past gifts and a gift or greeting one click away.
 */
public final class UpcomingDatesViewModel {
    private final TodayService todayService;
    private final MemoryService memory;
    private final UiKit kit;
    private final MemorySaves saves;
    private final Notifier notifier;
    private final Messages msg;
    private final ObservableList<UpcomingDate> dates = FXCollections.observableArrayList();
    // one read-only view, kept: a fresh wrapper per call would be collected with its listeners
    private final ObservableList<UpcomingDate> readOnlyDates = FXCollections.unmodifiableObservableList(dates);
    private final IntegerProperty days = new SimpleIntegerProperty();
    /** False until the first load lands: before it, "none in the next 0 days" would be a false report. */
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>();

    /** What the "log a gift" form needs: who can receive it and what they were given before. */
    public record GiftDraft(Gift gift, List<GiftEditorViewModel.Recipient> recipients, List<Gift> earlier) {
    }

    public UpcomingDatesViewModel(TodayService today, MemoryService memory, UiKit kit, Notifier notifier) {
        this.todayService = today;
        this.memory = memory;
        this.kit = kit;
        this.saves = new MemorySaves(memory, kit);
        this.notifier = notifier;
        this.msg = kit.messages();
    }

    public ObservableList<UpcomingDate> dates() {
        return readOnlyDates;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    /** The dates by group, each group soonest first; empty groups are left out. */
    public Map<AgendaGroup, List<UpcomingDate>> grouped() {
        Map<AgendaGroup, List<UpcomingDate>> out = new EnumMap<>(AgendaGroup.class);
        for (UpcomingDate d : dates) {
            out.computeIfAbsent(d.group(), g -> new ArrayList<>()).add(d);
        }
        return out;
    }

    private record Loaded(LocalDate today, int days, List<UpcomingDate> dates) {
    }

    public void reload() {
        kit.executor().submit(msg.get("task.loading"), p -> {
            int n = todayService.days();
            return new Loaded(todayService.today(), n, todayService.upcomingDates(n));
        }, loaded -> {
            today.set(loaded.today());
            days.set(loaded.days());
            dates.setAll(loaded.dates());
            this.loaded.set(true);
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    /** Shows the gifts given to the person of the date (and their family), newest first. */
    public void showPastGifts(UpcomingDate d) {
        kit.executor().submit(msg.get("task.loading"), p -> memory.gifts(d.contactId()),
                gifts -> kit.dialogs().showInfo(msg.get("today.pastGifts.title", d.contactName()),
                        MemoryText.gifts(msg, kit.formats(), gifts)),
                e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    /**
     * Prepares a gift or greeting for the person of the date, ready to save: for them (or the
     * family member), today, the occasion filled in, "greeting" as what until the rep types a gift.
     */
    public void draftGift(UpcomingDate d, Consumer<GiftDraft> open) {
        draftGift(d, open, () -> { });
    }

    /** ...and {@code notOpened} when the person could not be read (or the load was cancelled). */
    public void draftGift(UpcomingDate d, Consumer<GiftDraft> open, Runnable notOpened) {
        kit.executor().submit(msg.get("task.loading"), p -> memory.of(d.contactId()), remembered -> {
            LocalDate day = today.get() == null ? todayService.today() : today.get();
            String occasion = d.kind() == UpcomingKind.BIRTHDAY ? msg.get("today.occasion.birthday", d.personName())
                    : MemoryText.what(msg, d);
            Gift gift = Gift.of(d.contactId(), d.familyMemberId(), day, occasion, msg.get("today.greeting"), null, "");
            open.accept(new GiftDraft(gift, recipients(d, remembered), remembered.gifts()));
        }, e -> {
            notOpened.run();
            kit.dialogs().showError(msg.get("error.load"), e);
        }, notOpened);
    }

    private List<GiftEditorViewModel.Recipient> recipients(UpcomingDate d, ContactMemory memory) {
        List<GiftEditorViewModel.Recipient> out = new ArrayList<>();
        out.add(new GiftEditorViewModel.Recipient(null, d.contactName()));
        for (FamilyMember f : memory.family()) {
            out.add(new GiftEditorViewModel.Recipient(f.id(), f.name() + " (" + msg.of(f.relation()) + ")"));
        }
        return out;
    }

    /** The save of one gift editor opened from Today (see {@link MemorySaves}). */
    public EditorSave<Gift> giftEditorSave(TextClipboard clipboard) {
        return saves.gift(clipboard);
    }

    /** After an editor saved a gift: says so. */
    public void giftSaved(Gift saved) {
        notifier.status(msg.get("memory.gift.saved", saved.what()));
    }
}
