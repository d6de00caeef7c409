package dev.rapport.store;

import dev.rapport.domain.Preferences;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A contact's interests and preferences: the free text lives on the contact row (its interests
 * column, edited with the contact), the tags beside it, in the order typed. Saving writes the
 * tags only, so neither the contact form nor the tag editor overwrites what the other saved.
 * The tags carry a version of their own (the contact's {@code tags_version}), so two tag editors of
 * one person cannot overwrite each other either.
 */
public final class ContactInterestsRepository {
    private final Database db;
    private final Clock clock;

    public ContactInterestsRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<Preferences> find(long contactId) {
        return db.withHandle(h -> {
            ContactTagDao dao = h.attach(ContactTagDao.class);
            return dao.head(contactId)
                    .map(head -> new Preferences(contactId, head.interests(), dao.tags(contactId), head.tagsVersion()));
        });
    }

    /** The person's name, for the words of an undo ("preference tags of 王伟"); empty when deleted. */
    public Optional<String> contactName(long contactId) {
        return db.withHandle(h -> h.attach(ContactTagDao.class).contactName(contactId));
    }

    /**
     * Saves the tags (the text is saved with the contact) and returns them at their new version.
     *
     * @throws dev.rapport.domain.EditConflict when the tags were saved elsewhere since they were read, or the
     *     contact was deleted: nothing is written, the newer tags stay
     */
    public Preferences save(Preferences p) {
        Instant now = clock.instant();
        return db.inTransaction(() -> db.withHandle(h -> {
            ContactTagDao dao = h.attach(ContactTagDao.class);
            if (dao.bumpTagsVersion(p.contactId(), p.version(), Columns.utc(now), db.changedBy()) == 0) {
                throw StaleWrites.tagsConflict(h, p.contactId());
            }
            // the tags are replaced only after their version was checked above, in the same transaction
            dao.deleteTags(p.contactId());
            List<String> tags = new ArrayList<>(p.tags());
            if (!tags.isEmpty()) {
                dao.insertTags(p.contactId(), IntStream.range(0, tags.size()).boxed().toList(), tags);
            }
            return p.withVersion(p.version() + 1);
        }));
    }
}
