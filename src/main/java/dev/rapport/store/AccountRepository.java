package dev.rapport.store;

import dev.rapport.domain.Account;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads and writes accounts; joins the caller's transaction when there is one. */
public final class AccountRepository {
    private final Database db;
    private final Clock clock;

    public AccountRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<Account> findAll() {
        return db.withHandle(h -> h.attach(AccountDao.class).findAll());
    }

    public Optional<Account> find(long id) {
        return db.withHandle(h -> h.attach(AccountDao.class).find(id));
    }

    public int countActive() {
        return db.withHandle(h -> h.attach(AccountDao.class).countActive());
    }

    /** Saves a new account with its tags and returns it with its id and timestamps. */
    public Account insert(Account account) {
        Instant now = clock.instant();
        return db.inTransaction(() -> db.withHandle(h -> {
            AccountDao dao = h.attach(AccountDao.class);
            long id = dao.insertRow(account, Columns.utc(now), db.changedBy());
            dao.replaceTags(id, account.tags());
            return account.withId(id, now, now).withVersion(1);
        }));
    }

    /**
     * Saves changes to an existing account.
     *
     * @throws dev.rapport.domain.EditConflict when it changed or was deleted since it was read: nothing is
     *     written, the newer data stays
     */
    public Account update(Account account) {
        Instant now = clock.instant();
        return db.inTransaction(() -> db.withHandle(h -> {
            AccountDao dao = h.attach(AccountDao.class);
            StaleWrites.requireOne(dao.updateRow(account, Columns.utc(now), db.changedBy()), h, "account", account.id());
            // the tags are the account's own rows: the version checked above guards them
            dao.replaceTags(account.id(), account.tags());
            return account.withId(account.id(), account.createdAt(), now).withVersion(account.version() + 1);
        }));
    }

    /**
     * Hides the account (and so its people) until {@link #restore} brings it back.
     *
     * @param version the version the caller read
     * @return the version after the delete, which the undo names
     * @throws dev.rapport.domain.EditConflict when it changed or was deleted since it was read
     */
    public long softDelete(long id, long version) {
        Instant now = clock.instant();
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(AccountDao.class).softDelete(id, version, Columns.utc(now), db.changedBy()), h, "account", id);
            return null;
        });
        return version + 1;
    }

    /**
     * Undoes {@link #softDelete}.
     *
     * @param version the version the delete left
     * @return the version after the restore
     * @throws dev.rapport.domain.EditConflict when the account changed since (restored elsewhere, say)
     */
    public long restore(long id, long version) {
        Instant now = clock.instant();
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(AccountDao.class).restore(id, version, Columns.utc(now), db.changedBy()), h, "account", id);
            return null;
        });
        return version + 1;
    }
}
