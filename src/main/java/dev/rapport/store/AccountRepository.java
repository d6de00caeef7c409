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
            long id = dao.insertRow(account, Columns.utc(now));
            dao.replaceTags(id, account.tags());
            return account.withId(id, now, now);
        }));
    }

    /**
     * Saves changes to an existing account.
     *
     * @throws NotFoundException when it was deleted meanwhile
     */
    public Account update(Account account) {
        Instant now = clock.instant();
        return db.inTransaction(() -> db.withHandle(h -> {
            AccountDao dao = h.attach(AccountDao.class);
            if (dao.updateRow(account, Columns.utc(now)) == 0) {
                throw new NotFoundException("account " + account.id());
            }
            dao.replaceTags(account.id(), account.tags());
            return account.withId(account.id(), account.createdAt(), now);
        }));
    }

    /** Hides the account (and so its people) until {@link #restore} brings it back. */
    public void softDelete(long id) {
        Instant now = clock.instant();
        db.withHandle(h -> h.attach(AccountDao.class).softDelete(id, Columns.utc(now)));
    }

    public void restore(long id) {
        db.withHandle(h -> h.attach(AccountDao.class).restore(id));
    }
}
