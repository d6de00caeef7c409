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
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM family_member WHERE deleted_at IS NULL")
                .mapTo(Long.class).one());
    }

    public Optional<FamilyMember> find(long id) {
        return db.withHandle(h -> h.attach(FamilyDao.class).find(id));
    }

    public FamilyMember insert(FamilyMember m) {
        Birthday b = m.birthday();
        long id = db.withHandle(h -> h.attach(FamilyDao.class).insert(m.contactId(), m.relation().name(), m.name(),
                month(b), day(b), year(b), m.notes(), Columns.utc(clock.instant())));
        return m.withId(id);
    }

    /**
     * @throws NotFoundException when the family member was deleted meanwhile
     */
    public FamilyMember update(FamilyMember m) {
        Birthday b = m.birthday();
        int n = db.withHandle(h -> h.attach(FamilyDao.class).update(m.id(), m.relation().name(), m.name(),
                month(b), day(b), year(b), m.notes(), Columns.utc(clock.instant())));
        if (n == 0) {
            throw new NotFoundException("family member " + m.id());
        }
        return m;
    }

    public void softDelete(long id) {
        db.withHandle(h -> h.attach(FamilyDao.class).softDelete(id, Columns.utc(clock.instant())));
    }

    public void restore(long id) {
        db.withHandle(h -> h.attach(FamilyDao.class).restore(id));
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
