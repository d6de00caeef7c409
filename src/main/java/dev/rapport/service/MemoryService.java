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
import dev.rapport.store.PreferenceRepository;
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
    private final PreferenceRepository preferences;
    private final Clock clock;

    public MemoryService(FamilyRepository family, ImportantDateRepository dates, GiftRepository gifts,
            PreferenceRepository preferences, Clock clock) {
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
        return member.isNew() ? family.insert(member) : family.update(member);
    }

    /**
     * Deletes it as read (a newer version is a conflict) and returns it at the version the delete
     * left, for {@link #undoDeleteFamilyMember}.
     */
    public FamilyMember deleteFamilyMember(FamilyMember member) {
        return member.withVersion(family.softDelete(member.id(), member.version()));
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
        return date.isNew() ? dates.insert(date) : dates.update(date);
    }

    /**
     * Deletes it as read (a newer version is a conflict) and returns it at the version the delete
     * left, for {@link #undoDeleteDate}.
     */
    public ImportantDate deleteDate(ImportantDate date) {
        return date.withVersion(dates.softDelete(date.id(), date.version()));
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
        return preferences.save(prefs);
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
        return gift.isNew() ? gifts.insert(gift) : gifts.update(gift);
    }

    /**
     * Deletes it as read (a newer version is a conflict) and returns it at the version the delete
     * left, for {@link #undoDeleteGift}.
     */
    public Gift deleteGift(Gift gift) {
        return gift.withVersion(gifts.softDelete(gift.id(), gift.version()));
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
        return gifts.insertIdea(idea);
    }

    /**
     * Deletes it as read (a newer version is a conflict) and returns it at the version the delete
     * left, for {@link #undoDeleteIdea}.
     */
    public GiftIdea deleteIdea(GiftIdea idea) {
        return idea.withVersion(gifts.softDeleteIdea(idea.id(), idea.version()));
    }

    /** Undoes {@link #deleteIdea} of what it returned; a change since is a conflict. */
    public GiftIdea undoDeleteIdea(GiftIdea deleted) {
        return deleted.withVersion(gifts.restoreIdea(deleted.id(), deleted.version()));
    }
}
