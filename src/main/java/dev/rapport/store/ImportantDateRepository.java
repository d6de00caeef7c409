package dev.rapport.store;

import dev.rapport.domain.DatedEvent;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.MonthDayRange;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes the important dates of contacts and accounts. */
public final class ImportantDateRepository {
    private final Database db;
    private final Clock clock;

    public ImportantDateRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<ImportantDate> ofContact(long contactId) {
        return db.withHandle(h -> h.attach(ImportantDateDao.class).ofContact(contactId));
    }

    public List<ImportantDate> ofAccount(long accountId) {
        return db.withHandle(h -> h.attach(ImportantDateDao.class).ofAccount(accountId));
    }

    /** The date as stored now; empty when it was deleted. */
    public Optional<ImportantDate> find(long id) {
        return db.withHandle(h -> h.attach(ImportantDateDao.class).find(id));
    }

    public ImportantDate insert(ImportantDate d) {
        long id = db.withHandle(h -> h.attach(ImportantDateDao.class).insert(d.contactId(), d.accountId(),
                d.kind().name(), d.title(), d.date(), d.yearly(), Columns.utc(clock.instant()), db.changedBy()));
        return d.withId(id).withVersion(1);
    }

    /**
     * @throws dev.rapport.domain.EditConflict when it changed or was deleted since it was read: nothing is
     *     written, the newer data stays
     */
    public ImportantDate update(ImportantDate d) {
        int n = db.withHandle(h -> h.attach(ImportantDateDao.class).update(d.id(), d.version(), d.kind().name(), d.title(),
                d.date(), d.yearly(), Columns.utc(clock.instant()), db.changedBy()));
        if (n == 0) {
            throw db.withHandle(h -> StaleWrites.conflict(h, "important_date", d.id()));
        }
        return d.withVersion(d.version() + 1);
    }

    /**
     * Hides the date until the undo brings it back.
     *
     * @param version the version the caller read
     * @return the version after the delete, which the undo names
     * @throws dev.rapport.domain.EditConflict when it changed or was deleted since it was read
     */
    public long softDelete(long id, long version) {
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(ImportantDateDao.class).softDelete(id, version, Columns.utc(clock.instant()), db.changedBy()), h,
                    "important_date", id);
            return null;
        });
        return version + 1;
    }

    /**
     * Undoes the delete.
     *
     * @param version the version the delete left
     * @return the version after the restore
     * @throws dev.rapport.domain.EditConflict when it changed since (restored already)
     */
    public long restore(long id, long version) {
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(ImportantDateDao.class).restore(id, version, db.changedBy()), h, "important_date", id);
            return null;
        });
        return version + 1;
    }

    /** The dates of one account and its people that can still come from the given day on. */
    public List<DatedEvent> comingOfAccount(LocalDate from, long accountId) {
        return db.withHandle(h -> h.attach(ImportantDateDao.class).comingOfAccount(from, accountId));
    }

    /**
     * The dates that can still come from the given day on and fall on the days of the ranges, with
     * their person's and account's names.
     */
    public List<DatedEvent> comingIn(LocalDate from, List<MonthDayRange> ranges) {
        return db.withHandle(h -> {
            ImportantDateDao dao = h.attach(ImportantDateDao.class);
            List<DatedEvent> out = new ArrayList<>();
            for (MonthDayRange r : ranges) {
                out.addAll(dao.comingOn(from, r.month(), r.fromDay(), r.toDay()));
            }
            return out;
        });
    }
}
