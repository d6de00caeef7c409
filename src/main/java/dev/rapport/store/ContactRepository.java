package dev.rapport.store;

import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the people at accounts; joins the caller's transaction when there is one. */
public final class ContactRepository {
    private final Database db;
    private final Clock clock;

    public ContactRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<Contact> findAll() {
        return db.withHandle(h -> {
            ContactDao dao = h.attach(ContactDao.class);
            return ContactDao.withPoints(dao.activeRows(), dao.activePoints());
        });
    }

    public List<Contact> findByAccount(long accountId) {
        return db.withHandle(h -> {
            ContactDao dao = h.attach(ContactDao.class);
            return ContactDao.withPoints(dao.rowsOf(accountId), dao.pointsOfAccount(accountId));
        });
    }

    public Optional<Contact> find(long id) {
        return db.withHandle(h -> {
            ContactDao dao = h.attach(ContactDao.class);
            return dao.row(id).map(c -> ContactDao.withPoints(List.of(c), dao.pointsOf(id)).get(0));
        });
    }

    /** The names of each account's people, for finding an account by a person's name. */
    public Map<Long, List<String>> namesByAccount() {
        return db.withHandle(h -> {
            Map<Long, List<String>> names = new HashMap<>();
            for (Map<String, Object> row : h.attach(ContactDao.class).activeNames()) {
                names.computeIfAbsent(((Number) row.get("account_id")).longValue(), k -> new ArrayList<>())
                        .add((String) row.get("name"));
            }
            return names;
        });
    }

    public Contact insert(Contact contact) {
        Instant now = clock.instant();
        Birthday b = contact.birthday();
        return db.inTransaction(() -> db.withHandle(h -> {
            ContactDao dao = h.attach(ContactDao.class);
            long id = dao.insertRow(contact, month(b), day(b), year(b), Columns.utc(now), db.changedBy());
            Contact saved = contact.withId(id, now, now).withVersion(1);
            dao.replacePoints(saved);
            return saved;
        }));
    }

    /** Saves many new contacts over one handle (imports); returns them with ids, in order. */
    public List<Contact> insertAll(List<Contact> newContacts) {
        Instant now = clock.instant();
        return db.inTransaction(() -> db.withHandle(h -> {
            ContactDao dao = h.attach(ContactDao.class);
            List<Contact> saved = new ArrayList<>(newContacts.size());
            for (Contact contact : newContacts) {
                Birthday b = contact.birthday();
                long id = dao.insertRow(contact, month(b), day(b), year(b), Columns.utc(now), db.changedBy());
                Contact withId = contact.withId(id, now, now).withVersion(1);
                dao.replacePoints(withId);
                saved.add(withId);
            }
            return saved;
        }));
    }

    /**
     * @throws dev.rapport.domain.EditConflict when the contact changed or was deleted since it was read:
     *     nothing is written, the newer data stays
     */
    public Contact update(Contact contact) {
        Instant now = clock.instant();
        Birthday b = contact.birthday();
        return db.inTransaction(() -> db.withHandle(h -> {
            ContactDao dao = h.attach(ContactDao.class);
            StaleWrites.requireOne(dao.updateRow(contact, month(b), day(b), year(b), Columns.utc(now), db.changedBy()), h,
                    "contact", contact.id());
            // phones and e-mails are the contact's own rows: the version checked above guards them
            dao.replacePoints(contact);
            return contact.withId(contact.id(), contact.createdAt(), now).withVersion(contact.version() + 1);
        }));
    }

    /**
     * Hides the contact until {@link #restore} brings it back.
     *
     * @param version the version the caller read
     * @return the version after the delete, which the undo names
     * @throws dev.rapport.domain.EditConflict when it changed or was deleted since it was read
     */
    public long softDelete(long id, long version) {
        Instant now = clock.instant();
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(ContactDao.class).softDelete(id, version, Columns.utc(now), db.changedBy()), h, "contact", id);
            return null;
        });
        return version + 1;
    }

    /**
     * Undoes {@link #softDelete}.
     *
     * @param version the version the delete left
     * @return the version after the restore
     * @throws dev.rapport.domain.EditConflict when the contact changed since
     */
    public long restore(long id, long version) {
        Instant now = clock.instant();
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(ContactDao.class).restore(id, version, Columns.utc(now), db.changedBy()), h, "contact", id);
            return null;
        });
        return version + 1;
    }

    private static Integer month(Birthday b) {
        return b == null ? null : b.monthDay().getMonthValue();
    }

    private static Integer day(Birthday b) {
        return b == null ? null : b.monthDay().getDayOfMonth();
    }

    private static Integer year(Birthday b) {
        return b == null ? null : b.year();
    }
}
