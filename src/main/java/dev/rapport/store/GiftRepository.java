package dev.rapport.store;

import dev.rapport.domain.Gift;
import dev.rapport.domain.GiftIdea;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Reads and writes the gift log and gift ideas of contacts. */
public final class GiftRepository {
    private final Database db;
    private final Clock clock;

    public GiftRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A contact's gifts (to them and their family), newest first, with those logged in the contact log. */
    public List<Gift> ofContact(long contactId) {
        return db.withHandle(h -> h.attach(GiftDao.class).ofContact(contactId));
    }

    /** The gift as stored now; empty when it was deleted. */
    public Optional<Gift> find(long id) {
        return db.withHandle(h -> h.attach(GiftDao.class).find(id));
    }

    public Gift insert(Gift g) {
        long id = db.withHandle(h -> h.attach(GiftDao.class).insert(g.contactId(), g.familyMemberId(), g.givenOn(),
                g.occasion(), g.what(), g.cost(), g.givenBy(), Columns.utc(clock.instant()), db.changedBy()));
        return g.withId(id).withVersion(1);
    }

    /**
     * @throws dev.rapport.domain.EditConflict when it changed or was deleted since it was read: nothing is
     *     written, the newer data stays
     */
    public Gift update(Gift g) {
        int n = db.withHandle(h -> h.attach(GiftDao.class).update(g.id(), g.version(), g.familyMemberId(), g.givenOn(),
                g.occasion(), g.what(), g.cost(), g.givenBy(), Columns.utc(clock.instant()), db.changedBy()));
        if (n == 0) {
            throw db.withHandle(h -> StaleWrites.conflict(h, "gift", g.id()));
        }
        return g.withVersion(g.version() + 1);
    }

    /**
     * Hides the gift until the undo brings it back.
     *
     * @param version the version the caller read
     * @return the version after the delete, which the undo names
     * @throws dev.rapport.domain.EditConflict when it changed or was deleted since it was read
     */
    public long softDelete(long id, long version) {
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(GiftDao.class).softDelete(id, version, Columns.utc(clock.instant()), db.changedBy()), h,
                    "gift", id);
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
            StaleWrites.requireOne(h.attach(GiftDao.class).restore(id, version, db.changedBy()), h, "gift", id);
            return null;
        });
        return version + 1;
    }

    public List<GiftIdea> ideasOf(long contactId) {
        return db.withHandle(h -> h.attach(GiftDao.class).ideasOf(contactId));
    }

    public GiftIdea insertIdea(GiftIdea idea) {
        long id = db.withHandle(h -> h.attach(GiftDao.class).insertIdea(idea.contactId(), idea.idea(),
                Columns.utc(clock.instant()), db.changedBy()));
        return new GiftIdea(id, idea.contactId(), idea.idea(), 1L);
    }

    /**
     * Hides the gift idea until the undo brings it back.
     *
     * @param version the version the caller read
     * @return the version after the delete, which the undo names
     * @throws dev.rapport.domain.EditConflict when it changed or was deleted since it was read
     */
    public long softDeleteIdea(long id, long version) {
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(GiftDao.class).softDeleteIdea(id, version, Columns.utc(clock.instant()), db.changedBy()), h,
                    "gift_idea", id);
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
    public long restoreIdea(long id, long version) {
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(GiftDao.class).restoreIdea(id, version, db.changedBy()), h, "gift_idea", id);
            return null;
        });
        return version + 1;
    }
}
