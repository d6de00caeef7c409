package dev.rapport.store;

import dev.rapport.domain.DatedEvent;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.MonthDayRange;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    public ImportantDate insert(ImportantDate d) {
        long id = db.withHandle(h -> h.attach(ImportantDateDao.class).insert(d.contactId(), d.accountId(),
                d.kind().name(), d.title(), d.date(), d.yearly(), Columns.utc(clock.instant())));
        return d.withId(id);
    }

    /**
     * @throws NotFoundException when the date was deleted meanwhile
     */
    public ImportantDate update(ImportantDate d) {
        int n = db.withHandle(h -> h.attach(ImportantDateDao.class).update(d.id(), d.kind().name(), d.title(),
                d.date(), d.yearly(), Columns.utc(clock.instant())));
        if (n == 0) {
            throw new NotFoundException("important date " + d.id());
        }
        return d;
    }

    public void softDelete(long id) {
        db.withHandle(h -> h.attach(ImportantDateDao.class).softDelete(id, Columns.utc(clock.instant())));
    }

    public void restore(long id) {
        db.withHandle(h -> h.attach(ImportantDateDao.class).restore(id));
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
