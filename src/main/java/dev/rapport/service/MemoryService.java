package dev.rapport.service;

import dev.rapport.domain.ContactMemory;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Gift;
import dev.rapport.domain.GiftIdea;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.MemoryRules;
import dev.rapport.domain.Preferences;
import dev.rapport.store.FamilyRepository;
import dev.rapport.store.GiftRepository;
import dev.rapport.store.ImportantDateRepository;
import dev.rapport.store.NotFoundException;
import dev.rapport.store.ContactInterestsRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rep's memory of the people at accounts: their families, important dates, preferences,
 * the gifts given and gift ideas. Saves check the rules; deletes can be undone.
 */
public final class MemoryService {
    private final FamilyRepository family;
    private final ImportantDateRepository dates;
    private final GiftRepository gifts;
    private final ContactInterestsRepository preferences;
    private final Clock clock;
    private final ChangeHistory history;

    /** With a history of its own that nobody reads: for the command line, which has no undo. */
    public MemoryService(FamilyRepository family, ImportantDateRepository dates, GiftRepository gifts,
            ContactInterestsRepository preferences, Clock clock) {
        this(family, dates, gifts, preferences, clock, new ChangeHistory());
    }

    /**
     * @param history where each save and delete of a family member, date, gift or idea, and each save
     *     of the preference tags, is recorded for the window's undo
     */
    public MemoryService(FamilyRepository family, ImportantDateRepository dates, GiftRepository gifts,
            ContactInterestsRepository preferences, Clock clock, ChangeHistory history) {
        this.history = history;
        this.family = family;
        this.dates = dates;
        this.gifts = gifts;
        this.preferences = preferences;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Everything remembered about a contact.
     *
     * @throws NotFoundException when the contact was deleted
     */
    public ContactMemory of(long contactId) {
        Preferences prefs = preferences.find(contactId)
                .orElseThrow(() -> new NotFoundException("contact " + contactId));
        return new ContactMemory(contactId, family.ofContact(contactId), dates.ofContact(contactId), prefs,
                gifts.ofContact(contactId), gifts.ideasOf(contactId));
    }

    public List<FamilyMember> family(long contactId) {
        return family.ofContact(contactId);
    }

    /** The family member as stored now (an editor's Reload); empty when deleted. */
    public Optional<FamilyMember> findFamilyMember(long id) {
        return family.find(id);
    }

    /**
     * @throws dev.rapport.domain.ValidationException when a rule is broken; nothing is saved
     */
    public FamilyMember save(FamilyMember member) {
        MemoryRules.require(MemoryRules.check(member, today()));
        if (member.isNew()) {
            FamilyMember saved = family.insert(member);
            history.record(history.alternate(history.track("family_member", saved.id(), 0, saved.version()),
                    v -> family.softDelete(saved.id(), v),
                    v -> family.restore(saved.id(), v), "undo.family.created", saved.name()));
            return saved;
        }
        // the copy the update replaces: a successful update proves it was read at the version saved over
        Optional<FamilyMember> before = family.find(member.id());
        FamilyMember saved = family.update(member);
        before.ifPresent(b -> history.record(history.swap(
                history.track("family_member", saved.id(), member.version(), saved.version()), b, saved,
                (state, v) -> family.update(state.withVersion(v)).version(), "undo.family.edited", saved.name())));
        return saved;
    }

    /**
     * Deletes it as read (a newer version is a conflict) and returns it at the version the delete
     * left, for {@link #undoDeleteFamilyMember}.
     */
    public FamilyMember deleteFamilyMember(FamilyMember member) {
        FamilyMember deleted = member.withVersion(family.softDelete(member.id(), member.version()));
        history.record(history.alternate(history.track("family_member", member.id(), deleted.version()),
                    v -> family.restore(member.id(), v),
                    v -> family.softDelete(member.id(), v), "undo.family.deleted", member.name()));
        return deleted;
    }

    /** Undoes {@link #deleteFamilyMember} of what it returned; a change since is a conflict. */
    public FamilyMember undoDeleteFamilyMember(FamilyMember deleted) {
        return deleted.withVersion(family.restore(deleted.id(), deleted.version()));
    }

    public List<ImportantDate> datesOfContact(long contactId) {
        return dates.ofContact(contactId);
    }

    public List<ImportantDate> datesOfAccount(long accountId) {
        return dates.ofAccount(accountId);
    }

    /** The important date as stored now (an editor's Reload); empty when deleted. */
    public Optional<ImportantDate> findDate(long id) {
        return dates.find(id);
    }

    /**
     * @throws dev.rapport.domain.ValidationException when a rule is broken; nothing is saved
     */
    public ImportantDate save(ImportantDate date) {
        MemoryRules.require(MemoryRules.check(date));
        if (!date.isNew()) {
            // the copy the update replaces: a successful update proves it was read at the version saved over
            Optional<ImportantDate> before = dates.find(date.id());
            ImportantDate saved = dates.update(date);
            before.ifPresent(b -> history.record(history.swap(
                    history.track("important_date", saved.id(), date.version(), saved.version()), b, saved,
                    (state, v) -> dates.update(state.withVersion(v)).version(), "undo.date.edited", title(saved))));
            return saved;
        }
        ImportantDate saved = dates.insert(date);
        history.record(history.alternate(history.track("important_date", saved.id(), 0, saved.version()),
                    v -> dates.softDelete(saved.id(), v),
                    v -> dates.restore(saved.id(), v), "undo.date.created", title(saved)));
        return saved;
    }

    /** A date's own title, or its kind (which the window names in the user's language) when it has none. */
    private static Object title(ImportantDate d) {
        return d.title().isEmpty() ? d.kind() : d.title();
    }

    /**
     * Deletes it as read (a newer version is a conflict) and returns it at the version the delete
     * left, for {@link #undoDeleteDate}.
     */
    public ImportantDate deleteDate(ImportantDate date) {
        ImportantDate deleted = date.withVersion(dates.softDelete(date.id(), date.version()));
        history.record(history.alternate(history.track("important_date", date.id(), deleted.version()),
                    v -> dates.restore(date.id(), v),
                    v -> dates.softDelete(date.id(), v), "undo.date.deleted", title(date)));
        return deleted;
    }

    /** Undoes {@link #deleteDate} of what it returned; a change since is a conflict. */
    public ImportantDate undoDeleteDate(ImportantDate deleted) {
        return deleted.withVersion(dates.restore(deleted.id(), deleted.version()));
    }

    /**
     * @throws dev.rapport.domain.ValidationException when a tag is too long; nothing is saved
     */
    public Preferences save(Preferences prefs) {
        MemoryRules.require(MemoryRules.check(prefs));
        // the tags the save replaces: a successful save proves they were at the version saved over
        Optional<Preferences> before = preferences.find(prefs.contactId());
        Preferences saved = preferences.save(prefs);
        // the tags have a version of their own (decision 0017), so a cell of their own, apart from the person's
        before.ifPresent(b -> history.record(history.swap(
                history.track("contact_tags", prefs.contactId(), prefs.version(), saved.version()), b, saved,
                (state, v) -> preferences.save(state.withVersion(v)).version(), "undo.tags.edited",
                preferences.contactName(prefs.contactId()).orElse(""))));
        return saved;
    }

    /**
     * A contact's gifts (to them and their family), newest first: what not to give again. Gifts
     * logged in the contact log for the person are among them, once each.
     */
    public List<Gift> gifts(long contactId) {
        return gifts.ofContact(contactId);
    }

    /** The gift-log gift as stored now (an editor's Reload); empty when deleted. */
    public Optional<Gift> findGift(long id) {
        return gifts.find(id);
    }

    /**
     * @throws dev.rapport.domain.ValidationException when a rule is broken; nothing is saved
     */
    public Gift save(Gift gift) {
        if (gift.fromContactLog()) {
            throw new IllegalArgumentException("a gift from the contact log is changed there: " + gift.interactionId());
        }
        MemoryRules.require(MemoryRules.check(gift, today()));
        if (!gift.isNew()) {
            // the copy the update replaces: a successful update proves it was read at the version saved over
            Optional<Gift> before = gifts.find(gift.id());
            Gift saved = gifts.update(gift);
            before.ifPresent(b -> history.record(history.swap(
                    history.track("gift", saved.id(), gift.version(), saved.version()), b, saved,
                    (state, v) -> gifts.update(state.withVersion(v)).version(), "undo.gift.edited", saved.what())));
            return saved;
        }
        Gift saved = gifts.insert(gift);
        history.record(history.alternate(history.track("gift", saved.id(), 0, saved.version()),
                    v -> gifts.softDelete(saved.id(), v),
                    v -> gifts.restore(saved.id(), v), "undo.gift.created", saved.what()));
        return saved;
    }

    /**
     * Deletes it as read (a newer version is a conflict) and returns it at the version the delete
     * left, for {@link #undoDeleteGift}.
     */
    public Gift deleteGift(Gift gift) {
        Gift deleted = gift.withVersion(gifts.softDelete(gift.id(), gift.version()));
        history.record(history.alternate(history.track("gift", gift.id(), deleted.version()),
                    v -> gifts.restore(gift.id(), v),
                    v -> gifts.softDelete(gift.id(), v), "undo.gift.deleted", gift.what()));
        return deleted;
    }

    /** Undoes {@link #deleteGift} of what it returned; a change since is a conflict. */
    public Gift undoDeleteGift(Gift deleted) {
        return deleted.withVersion(gifts.restore(deleted.id(), deleted.version()));
    }

    public List<GiftIdea> ideas(long contactId) {
        return gifts.ideasOf(contactId);
    }

    /**
     * @throws dev.rapport.domain.ValidationException when the idea is empty or too long
     */
    public GiftIdea addIdea(GiftIdea idea) {
        MemoryRules.require(MemoryRules.check(idea));
        GiftIdea saved = gifts.insertIdea(idea);
        history.record(history.alternate(history.track("gift_idea", saved.id(), 0, saved.version()),
                    v -> gifts.softDeleteIdea(saved.id(), v),
                    v -> gifts.restoreIdea(saved.id(), v), "undo.idea.created", saved.idea()));
        return saved;
    }

    /**
     * Deletes it as read (a newer version is a conflict) and returns it at the version the delete
     * left, for {@link #undoDeleteIdea}.
     */
    public GiftIdea deleteIdea(GiftIdea idea) {
        GiftIdea deleted = idea.withVersion(gifts.softDeleteIdea(idea.id(), idea.version()));
        history.record(history.alternate(history.track("gift_idea", idea.id(), deleted.version()),
                    v -> gifts.restoreIdea(idea.id(), v),
                    v -> gifts.softDeleteIdea(idea.id(), v), "undo.idea.deleted", idea.idea()));
        return deleted;
    }

    /** Undoes {@link #deleteIdea} of what it returned; a change since is a conflict. */
    public GiftIdea undoDeleteIdea(GiftIdea deleted) {
        return deleted.withVersion(gifts.restoreIdea(deleted.id(), deleted.version()));
    }
}
