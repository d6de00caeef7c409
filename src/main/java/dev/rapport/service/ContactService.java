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

    public ContactService(ContactRepository contacts, AccountRepository accounts, Locale locale, Clock clock) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.locale = locale;
        this.clock = clock;
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
        return contact.isNew() ? contacts.insert(contact) : contacts.update(contact);
    }

    /**
     * @param version the version the caller read; a newer one is a conflict
     * @return the version after the delete, for {@link #undoDelete}
     * @throws dev.rapport.domain.EditConflict when the contact changed since it was read
     */
    public long delete(long id, long version) {
        return contacts.softDelete(id, version);
    }

    /** @param version the version {@link #delete} returned; a change since is a conflict */
    public long undoDelete(long id, long version) {
        return contacts.restore(id, version);
    }
}
