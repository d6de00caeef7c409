package dev.rapport.service;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.AccountRules;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.ContactRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Key accounts: list, save with the rules checked, delete with undo. */
public final class AccountService {
    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final Locale locale;
    private final ChangeHistory history;

    /** With a history of its own that nobody reads: for the command line, which has no undo. */
    public AccountService(AccountRepository accounts, ContactRepository contacts, Locale locale) {
        this(accounts, contacts, locale, new ChangeHistory());
    }

    /** @param history where each save and delete is recorded for the window's undo */
    public AccountService(AccountRepository accounts, ContactRepository contacts, Locale locale,
            ChangeHistory history) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.locale = locale;
        this.history = history;
    }

    /** Every active account with its people's names, ordered by name. */
    public List<AccountListItem> list() {
        Map<Long, List<String>> names = contacts.namesByAccount();
        List<Account> all = accounts.findAll();
        List<AccountListItem> items = new ArrayList<>(all.size());
        for (Account a : all) {
            items.add(new AccountListItem(a, names.getOrDefault(a.id(), List.of())));
        }
        return items;
    }

    public Optional<Account> find(long id) {
        return accounts.find(id);
    }

    public int count() {
        return accounts.countActive();
    }

    /**
     * Saves a new or changed account.
     *
     * @throws dev.rapport.domain.ValidationException when a rule is broken; nothing is saved
     */
    public Account save(Account account) {
        AccountRules.require(account, locale);
        if (account.isNew()) {
            Account saved = accounts.insert(account);
            history.record(history.alternate(history.track("account", saved.id(), 0, saved.version()),
                    v -> accounts.softDelete(saved.id(), v), v -> accounts.restore(saved.id(), v),
                    "undo.account.created", saved.name()));
            return saved;
        }
        // the copy the update replaces: a successful update proves it was read at the version saved over
        Optional<Account> before = accounts.find(account.id());
        Account saved = accounts.update(account);
        before.ifPresent(b -> history.record(history.swap(
                history.track("account", saved.id(), account.version(), saved.version()), b, saved,
                (state, v) -> accounts.update(state.withVersion(v)).version(), "undo.account.edited", saved.name())));
        return saved;
    }

    /** Deletes the account and hides its people; {@link #undoDelete} brings both back. */
    /**
     * @param version the version the caller read; a newer one is a conflict
     * @return the version after the delete, for {@link #undoDelete}
     * @throws dev.rapport.domain.EditConflict when the account changed since it was read
     */
    public long delete(long id, long version) {
        String name = accounts.find(id).map(Account::name).orElse("");
        long deleted = accounts.softDelete(id, version);
        history.record(history.alternate(history.track("account", id, version, deleted),
                v -> accounts.restore(id, v), v -> accounts.softDelete(id, v), "undo.account.deleted", name));
        return deleted;
    }

    /**
     * @param version the version {@link #delete} returned; the undo of a delete that something changed since
     *     (restored elsewhere) is a conflict
     */
    public long undoDelete(long id, long version) {
        return accounts.restore(id, version);
    }
}
