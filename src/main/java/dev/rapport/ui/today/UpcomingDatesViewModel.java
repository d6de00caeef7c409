package dev.rapport.ui.today;

import dev.rapport.domain.ContactMemory;
import dev.rapport.domain.DayDates;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The upcoming birthdays and important dates of Today, by day: each day's first lines and its
 * count, loaded from {@link TodayService}, the rest of a day on request. The first days open, the
 * later ones folded, so Today's follow-ups and complaints above stay in view; a gift or greeting
 * one click away.
 */
public final class UpcomingDatesViewModel {
    /** Lines read per day: a day with more shows a count and "show all". */
    public static final int LINES_PER_DAY = 12;
    /** Days open on load until this many lines are in view (the first day always). */
    static final int OPEN_LINES = 8;
    private final TodayService todayService;
    private final MemoryService memory;
    private final UiKit kit;
    private final MemorySaves saves;
    private final Notifier notifier;
    private final Messages msg;
    private final ObservableList<DayDates> days = FXCollections.observableArrayList();
    // one read-only view, kept: a fresh wrapper per call would be collected with its listeners
    private final ObservableList<DayDates> readOnlyDays = FXCollections.unmodifiableObservableList(days);
    private final IntegerProperty window = new SimpleIntegerProperty();
    /** False until the first load lands: before it, "none in the next 0 days" would be a false report. */
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>();
    /** Days the rep opened or folded: kept over reloads, so coming back to Today keeps the choice. */
    private final Map<LocalDate, Boolean> chosen = new HashMap<>();
    private final Set<LocalDate> openOnLoad = new HashSet<>();

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

    /** The days ahead that have birthdays or dates, soonest first. */
    public ObservableList<DayDates> days() {
        return readOnlyDays;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    /** How many days ahead Today looks (Settings). */
    public IntegerProperty daysProperty() {
        return window;
    }

    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    /**
     * Whether a day's lines are shown: as the rep left it, else as it was on load: open for the
     * first days until {@value #OPEN_LINES} lines are in view, folded after. Fixed on load, so
     * folding one day never opens or folds another under the rep's hand.
     */
    public boolean isOpen(DayDates day) {
        return chosen.getOrDefault(day.day(), openOnLoad.contains(day.day()));
    }

    private void decideOpenDays(List<DayDates> loaded) {
        openOnLoad.clear();
        int above = 0;
        for (int i = 0; i < loaded.size(); i++) {
            DayDates d = loaded.get(i);
            Boolean choice = chosen.get(d.day());
            boolean open = choice != null ? choice : i == 0 || above < OPEN_LINES;
            if (open) {
                openOnLoad.add(d.day());
                above += d.shown().size();
            }
        }
    }

    /** Opens a folded day or folds an open one. */
    public void toggle(DayDates day) {
        chosen.put(day.day(), !isOpen(day));
    }

    /** Names in the reader's order (pinyin in Chinese), a collator per load: they are not thread-safe. */
    private java.util.Comparator<String> names() {
        java.text.Collator collator = java.text.Collator.getInstance(msg.locale());
        collator.setStrength(java.text.Collator.SECONDARY);
        return collator::compare;
    }

    private record Loaded(LocalDate today, int days, List<DayDates> dates) {
    }

    public void reload() {
        kit.executor().submit(msg.get("task.loading"), p -> {
            int n = todayService.days();
            return new Loaded(todayService.today(), n, todayService.upcomingByDay(n, LINES_PER_DAY, names()));
        }, loaded -> {
            if (!loaded.today().equals(today.get())) {
                chosen.clear(); // a new day: yesterday's folds do not carry over
            }
            today.set(loaded.today());
            window.set(loaded.days());
            decideOpenDays(loaded.dates()); // before the list changes: the view draws on that change
            days.setAll(loaded.dates());
            this.loaded.set(true);
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    /** Reads every line of a day that has more than were shown, and opens it. */
    public void showAll(DayDates day) {
        kit.executor().submit(msg.get("task.loading"), p -> todayService.datesOn(day.day(), names()), all -> {
            int at = days.indexOf(day);
            if (at < 0) {
                return; // reloaded meanwhile: the day is no longer the one asked for
            }
            chosen.put(day.day(), true);
            days.set(at, new DayDates(day.day(), day.daysUntil(), Math.max(day.total(), all.size()), all));
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
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
