package dev.rapport.store;

import dev.rapport.domain.Birthday;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.MonthDayRange;
import dev.rapport.domain.PersonBirthday;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes contacts' family members; finds the birthdays on given days of the year. */
public final class FamilyRepository {
    private final Database db;
    private final Clock clock;

    public FamilyRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<FamilyMember> ofContact(long contactId) {
        return db.withHandle(h -> h.attach(FamilyDao.class).ofContact(contactId));
    }

    /** How many family members are remembered (not deleted). */
    public long countActive() {
        return db.withHandle(h -> h.attach(FamilyDao.class).countActive());
    }

    public Optional<FamilyMember> find(long id) {
        return db.withHandle(h -> h.attach(FamilyDao.class).find(id));
    }

    public FamilyMember insert(FamilyMember m) {
        Birthday b = m.birthday();
        long id = db.withHandle(h -> h.attach(FamilyDao.class).insert(m.contactId(), m.relation().name(), m.name(),
                month(b), day(b), year(b), m.notes(), Columns.utc(clock.instant()), db.changedBy()));
        return m.withId(id).withVersion(1);
    }

    /**
     * @throws dev.rapport.domain.EditConflict when it changed or was deleted since it was read: nothing is
     *     written, the newer data stays
     */
    public FamilyMember update(FamilyMember m) {
        Birthday b = m.birthday();
        int n = db.withHandle(h -> h.attach(FamilyDao.class).update(m.id(), m.version(), m.relation().name(), m.name(),
                month(b), day(b), year(b), m.notes(), Columns.utc(clock.instant()), db.changedBy()));
        if (n == 0) {
            throw db.withHandle(h -> StaleWrites.conflict(h, "family_member", m.id()));
        }
        return m.withVersion(m.version() + 1);
    }

    /**
     * Hides the family member until the undo brings it back.
     *
     * @param version the version the caller read
     * @return the version after the delete, which the undo names
     * @throws dev.rapport.domain.EditConflict when it changed or was deleted since it was read
     */
    public long softDelete(long id, long version) {
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(FamilyDao.class).softDelete(id, version, Columns.utc(clock.instant()), db.changedBy()), h,
                    "family_member", id);
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
            StaleWrites.requireOne(h.attach(FamilyDao.class).restore(id, version, db.changedBy()), h, "family_member", id);
            return null;
        });
        return version + 1;
    }

    /**
     * Contacts' and their families' birthdays on the days of the ranges, of people still at a
     * live account. One indexed range lookup per month.
     */
    public List<PersonBirthday> birthdaysIn(List<MonthDayRange> ranges) {
        return db.withHandle(h -> {
            FamilyDao dao = h.attach(FamilyDao.class);
            List<PersonBirthday> out = new ArrayList<>();
            for (MonthDayRange r : ranges) {
                out.addAll(dao.contactsBornIn(r.month(), r.fromDay(), r.toDay()));
                out.addAll(dao.familyBornIn(r.month(), r.fromDay(), r.toDay()));
            }
            return out;
        });
    }

    /** The birthdays of one account's people and their families, on any day of the year. */
    public List<PersonBirthday> birthdaysOfAccount(long accountId) {
        return db.withHandle(h -> h.attach(FamilyDao.class).birthdaysOfAccount(accountId));
    }

    static Integer month(Birthday b) {
        return b == null ? null : b.monthDay().getMonthValue();
    }

    static Integer day(Birthday b) {
        return b == null ? null : b.monthDay().getDayOfMonth();
    }

    static Integer year(Birthday b) {
        return b == null ? null : b.year();
    }
}
