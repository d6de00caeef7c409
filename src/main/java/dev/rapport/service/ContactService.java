package dev.rapport.service;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactListItem;
import dev.rapport.domain.ContactRules;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.ContactRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The people at accounts: list, save with the rules checked, delete with undo. */
public final class ContactService {
    private final ContactRepository contacts;
    private final AccountRepository accounts;
    private final Locale locale;
    private final Clock clock;
    private final ChangeHistory history;

    /** With a history of its own that nobody reads: for the command line, which has no undo. */
    public ContactService(ContactRepository contacts, AccountRepository accounts, Locale locale, Clock clock) {
        this(contacts, accounts, locale, clock, new ChangeHistory());
    }

    /** @param history where each save and delete is recorded for the window's undo */
    public ContactService(ContactRepository contacts, AccountRepository accounts, Locale locale, Clock clock,
            ChangeHistory history) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.locale = locale;
        this.clock = clock;
        this.history = history;
    }

    /**
     * Every active person with their account's name, ordered by name. People at an exited account
     * leave this list with it; they stay on the account, which the exited-stage filter shows.
     */
    public List<ContactListItem> list() {
        Map<Long, String> accountNames = new HashMap<>();
        java.util.Set<Long> exited = new java.util.HashSet<>();
        for (Account a : accounts.findAll()) {
            accountNames.put(a.id(), a.name());
            if (!a.stage().isActive()) {
                exited.add(a.id());
            }
        }
        List<Contact> all = contacts.findAll();
        List<ContactListItem> items = new ArrayList<>(all.size());
        for (Contact c : all) {
            if (!exited.contains(c.accountId())) {
                items.add(new ContactListItem(c, accountNames.getOrDefault(c.accountId(), "")));
            }
        }
        return items;
    }

    /** The account's people: those still there first, then those who left. */
    public List<Contact> ofAccount(long accountId) {
        return contacts.findByAccount(accountId);
    }

    public Optional<Contact> find(long id) {
        return contacts.find(id);
    }

    /**
     * Saves a new or changed contact.
     *
     * @throws dev.rapport.domain.ValidationException when a rule is broken; nothing is saved
     */
    public Contact save(Contact contact) {
        ContactRules.require(contact, locale, LocalDate.now(clock));
        if (contact.isNew()) {
            Contact saved = contacts.insert(contact);
            history.record(history.alternate(history.track("contact", saved.id(), 0, saved.version()),
                    v -> contacts.softDelete(saved.id(), v), v -> contacts.restore(saved.id(), v),
                    "undo.contact.created", saved.name()));
            return saved;
        }
        // the copy the update replaces: a successful update proves it was read at the version saved over
        Optional<Contact> before = contacts.find(contact.id());
        Contact saved = contacts.update(contact);
        before.ifPresent(b -> history.record(history.swap(
                history.track("contact", saved.id(), contact.version(), saved.version()), b, saved,
                (state, v) -> contacts.update(state.withVersion(v)).version(), "undo.contact.edited", saved.name())));
        return saved;
    }

    /**
     * @param version the version the caller read; a newer one is a conflict
     * @return the version after the delete, for {@link #undoDelete}
     * @throws dev.rapport.domain.EditConflict when the contact changed since it was read
     */
    public long delete(long id, long version) {
        String name = contacts.find(id).map(Contact::name).orElse("");
        long deleted = contacts.softDelete(id, version);
        history.record(history.alternate(history.track("contact", id, version, deleted),
                v -> contacts.restore(id, v), v -> contacts.softDelete(id, v), "undo.contact.deleted", name));
        return deleted;
    }

    /** @param version the version {@link #delete} returned; a change since is a conflict */
    public long undoDelete(long id, long version) {
        return contacts.restore(id, version);
    }
}
