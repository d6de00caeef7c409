package dev.rapport.store;

import dev.rapport.domain.Gift;
import dev.rapport.domain.GiftIdea;
import java.time.Clock;
import java.util.List;

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

    public Gift insert(Gift g) {
        long id = db.withHandle(h -> h.attach(GiftDao.class).insert(g.contactId(), g.familyMemberId(), g.givenOn(),
                g.occasion(), g.what(), g.cost(), g.givenBy(), Columns.utc(clock.instant())));
        return g.withId(id);
    }

    /**
     * @throws NotFoundException when the gift was deleted meanwhile
     */
    public Gift update(Gift g) {
        int n = db.withHandle(h -> h.attach(GiftDao.class).update(g.id(), g.familyMemberId(), g.givenOn(),
                g.occasion(), g.what(), g.cost(), g.givenBy(), Columns.utc(clock.instant())));
        if (n == 0) {
            throw new NotFoundException("gift " + g.id());
        }
        return g;
    }

    public void softDelete(long id) {
        db.withHandle(h -> h.attach(GiftDao.class).softDelete(id, Columns.utc(clock.instant())));
    }

    public void restore(long id) {
        db.withHandle(h -> h.attach(GiftDao.class).restore(id));
    }

    public List<GiftIdea> ideasOf(long contactId) {
        return db.withHandle(h -> h.attach(GiftDao.class).ideasOf(contactId));
    }

    public GiftIdea insertIdea(GiftIdea idea) {
        long id = db.withHandle(h -> h.attach(GiftDao.class).insertIdea(idea.contactId(), idea.idea(),
                Columns.utc(clock.instant())));
        return new GiftIdea(id, idea.contactId(), idea.idea());
    }

    public void softDeleteIdea(long id) {
        db.withHandle(h -> h.attach(GiftDao.class).softDeleteIdea(id, Columns.utc(clock.instant())));
    }

    public void restoreIdea(long id) {
        db.withHandle(h -> h.attach(GiftDao.class).restoreIdea(id));
    }
}
